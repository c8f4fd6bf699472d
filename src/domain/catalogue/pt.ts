import type { Catalogue } from './types.js';

/** Portuguese as written in Brazil. */
export const pt: Catalogue = {
  name: 'Português',
  direction: 'ltr',
  sentenceGap: ' ',
  fullStop: '.',
  category: {
    connectivity: 'problema de conexão (quedas, não conecta)',
    av_quality: 'qualidade de áudio e vídeo (travamentos, atraso, imagem borrada, eco)',
    crash: 'o aplicativo fecha sozinho',
    feature: 'recurso com falha (filtro de beleza, filtros, gravação)',
    compatibility: 'problema em um aparelho ou sistema específico',
    other: 'assunto geral',
  },
  receipt: {
    body:
      'Obrigado por nos avisar, e desculpe pelo transtorno. Abrimos o chamado *{ticket}* ({problem}).{files}\n' +
      'Uma pessoa da nossa equipe de suporte vai responder neste tópico {when}. Se tiver o ID da chamada ou do ' +
      'canal e o horário aproximado em que aconteceu, coloque aqui que já conseguimos analisar essa chamada.',
    fileOne: ' Recebemos o seu arquivo ({file}).',
    fileMany: ' Recebemos os {count} arquivos que você enviou.',
    soon: 'o quanto antes',
    within: 'em até {span}',
    by: 'até {date}',
  },
  attachment: {
    screenshot: 'captura de tela',
    image: 'imagem',
    screen_recording: 'gravação de tela',
    video: 'vídeo',
    audio: 'gravação de áudio',
    log: 'arquivo de log',
    document: 'documento',
    file: 'arquivo',
  },
  draft: {
    phrases: {
      connectivity: {
        acknowledge:
          'Sinto muito que as suas chamadas continuem caindo. Isso atrapalha muito, ainda mais no meio de ' +
          'uma conversa.',
        doing:
          'Já passamos para os nossos engenheiros, que estão verificando agora os registros de conexão das ' +
          'suas chamadas.',
        tryNow:
          'Se acontecer de novo antes do nosso retorno, alternar entre Wi-Fi e dados móveis costuma ajudar a chamada ' +
          'a se reconectar.',
      },
      av_quality: {
        acknowledge:
          'Sinto muito que a imagem e o som estejam travando. É frustrante não conseguir se ver nem se ouvir direito.',
        doing:
          'Estamos analisando os registros de qualidade das suas chamadas para descobrir onde a imagem ou o ' +
          'som estão atrasando.',
        tryNow: 'Enquanto isso, fechar outros aplicativos que usam a internet durante a chamada pode ajudar.',
      },
      crash: {
        acknowledge:
          'Sinto muito que o aplicativo esteja fechando sozinho. Ninguém merece isso no meio de uma chamada.',
        doing: 'Nossos engenheiros já estão investigando o fechamento.',
        tryNow:
          'Se acontecer de novo, uma gravação de tela curta dos momentos antes de fechar nos ajudaria a encontrar a ' +
          'causa mais rápido.',
      },
      feature: {
        acknowledge: 'Desculpe que este recurso não esteja funcionando como deveria.',
        doing: 'Estamos verificando este recurso do nosso lado.',
        tryNow: 'Enquanto isso, vale reiniciar o aplicativo uma vez para ver se o recurso volta a funcionar.',
      },
      compatibility: {
        acknowledge:
          'Sinto muito que isso esteja acontecendo no seu aparelho. Queremos que o aplicativo funcione bem ' +
          'em todos os celulares.',
        doing: 'Estamos verificando como o aplicativo se comporta nesse modelo e nessa versão do sistema.',
        tryNow:
          'Se tiver outro aparelho por perto, nos conte se acontece nele também; isso ajuda a delimitar o problema.',
      },
      other: {
        acknowledge: 'Obrigado por nos contar, e desculpe pelo transtorno.',
        doing: 'Já estamos verificando.',
        tryNow: 'Se tiver notado mais alguma coisa, como desde quando acontece, pode acrescentar aqui.',
      },
    },
    followUp: {
      scenario: 'Em que tipo de sessão aconteceu: chamada 1 a 1, live com convidados ou sala de voz?',
      network: 'Você estava no Wi-Fi ou nos dados móveis (4G/5G), e em casa ou na rua?',
      device: 'Qual celular ou computador era, e qual a versão do sistema (por exemplo, iPhone 13 com iOS 17)?',
      place: 'Você estava em casa, no escritório ou na rua quando aconteceu?',
      os: 'Qual a versão do sistema do aparelho (por exemplo, iOS 17 ou Android 14)?',
      timeAndRegion: 'Mais ou menos quando aconteceu, e em qual cidade ou região?',
      time: 'Mais ou menos quando aconteceu (data e horário)?',
      region: 'Em qual cidade ou região estavam as pessoas da chamada?',
      callId: 'Se tiver, o ID da chamada ou do canal, para analisarmos exatamente essa chamada.',
    },
    nextUpdate: {
      urgent: 'Vamos dar um retorno aqui em até 30 minutos, mesmo que ainda estejamos investigando.',
      high: 'Vamos dar um retorno aqui em até 1 hora, mesmo que ainda estejamos investigando.',
      medium_high: 'Vamos dar um retorno aqui em até 2 horas, mesmo que ainda estejamos investigando.',
      medium: 'Vamos dar um retorno aqui em até 4 horas.',
      medium_low: 'Vamos dar um retorno aqui em até 1 dia útil.',
    },
    askIntro: 'Para encontrarmos a causa mais rápido, você poderia nos contar:',
    thanksForDetails: 'Obrigado pelos detalhes, ajudam muito.',
    qualityIntro: 'Analisamos essa chamada:',
  },
  quality: {
    frozeOnce: 'o vídeo parou uma vez, por cerca de {seconds} segundos',
    froze: 'o vídeo parou {count} vezes, cerca de {seconds} segundos no total',
    lost: 'de cada 100 pedaços de som e imagem, cerca de {percent} não chegaram a tempo',
    late: 'o som e a imagem chegaram mais tarde do que o normal (cerca de {seconds} s)',
    join: '; ',
    steady: 'a conexão dessa chamada parece estável no geral, então estamos verificando outras causas também.',
    ourSide: 'A maior parte aconteceu nos nossos servidores, e já estamos trabalhando nisso.',
    oneSide:
      'A maior parte aconteceu na conexão de um dos participantes, o que é comum em rede móvel ou com sinal fraco.',
  },
  closing: {
    body:
      'Marcamos o chamado {ticket} como resolvido. Obrigado pela paciência! Se acontecer de novo, é só responder ' +
      'neste tópico que retomamos na hora.',
    ratePrompt: 'Como foi o nosso atendimento?',
    rated: 'Obrigado pela sua avaliação ({rating}/5)!',
    ratingNotYours:
      'Obrigado por querer ajudar! Somente o cliente que abriu este chamado, ou a equipe dele, pode avaliá-lo, ' +
      'por isso o seu clique não foi contabilizado.',
    ratingElsewhere:
      'Desculpe, não conseguimos associar esta avaliação ao chamado. Por favor, use os botões da mensagem de ' +
      'encerramento do próprio chamado.',
  },
  closingNote: {
    where: {
      customer_network: 'Analisamos o caso: o problema vinha da conexão de rede usada nas chamadas',
      customer_device:
        'Analisamos o caso: o problema vinha de como o aplicativo funciona nesse aparelho ou versão do sistema',
      our_service: 'Analisamos o caso: o problema estava do nosso lado',
      customer_config: 'Analisamos o caso: o problema vinha da configuração da integração',
      not_found: 'Analisamos o caso e não encontramos falha em nenhum dos lados',
    },
    withCause: '{where} ({cause}).',
    helped: 'O que resolveu',
    weDid: 'O que fizemos',
    suggest: 'O que sugerimos se acontecer de novo',
    fix: '{lead}: {fix}',
  },
  problemUpdate: {
    opening: 'Uma atualização sobre o seu relato (chamado {ticket}):',
    fixed: 'encontramos a causa do problema que você nos relatou, e ele já foi corrigido do nosso lado.',
    found: 'encontramos a causa do problema que você nos relatou, e ele já foi resolvido.',
    what: 'O que fizemos:',
    next:
      'Você poderia testar de novo na próxima chamada? Se algo ainda não estiver certo, responda aqui que ' +
      'retomamos na hora.',
    thanks: 'Obrigado por nos avisar e pela paciência enquanto resolvíamos.',
  },
  incidentUpdate:
    'Uma atualização sobre o seu relato (chamado {ticket}): outros clientes estão com o mesmo ' +
    'problema, e nossos engenheiros estão trabalhando nisso agora mesmo. Por enquanto, você não ' +
    'precisa fazer nada. Mandaremos a próxima atualização aqui {when}, ou antes, assim que estiver ' +
    'resolvido.',
};
