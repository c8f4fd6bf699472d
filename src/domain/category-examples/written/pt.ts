import type { WrittenExamples } from '../types.js';

export const PT: WrittenExamples = {
  connectivity: [
    'Os usuários ficam com a rodinha girando e nunca entram na sala.',
    'Quando troca do wi-fi para os dados móveis a sessão não volta mais.',
    'O pessoal é expulso da reunião a cada poucos minutos e precisa entrar de novo.',
    'O apresentador some para os outros, mas na tela dele continua dentro.',
    'Desde hoje cedo ninguém na Europa consegue chegar nos servidores de vocês.',
    'Fica em "reconectando" um tempão e no fim desiste.',
  ],
  av_quality: [
    'A outra pessoa escuta a própria voz voltando logo depois.',
    'A boca mexe antes do som chegar, parece filme mal dublado.',
    'O rosto vira quadradinhos quando alguém mexe a cabeça.',
    'Tem um chiado constante atrás de quem está falando.',
    'A imagem para a cada poucos segundos enquanto o som continua.',
    'Um dos lados fica baixíssimo mesmo com o volume no máximo.',
  ],
  crash: [
    'O app fecha sozinho e volta para a tela inicial quando a segunda pessoa entra.',
    'Ao tocar em encerrar o processo inteiro morre.',
    'A tela congela por completo e o Android pergunta se quer fechar o app.',
    'O iOS encerra o app assim que a câmera liga.',
    'Aparece um SIGSEGV na biblioteca nativa logo depois de sair do canal.',
    'O editor do Unity fecha sem aviso quando damos play com o plugin ativo.',
  ],
  feature: [
    'As mensagens mandadas durante a chamada chegam fora de ordem para os outros.',
    'O arquivo da gravação em nuvem não tem o áudio do segundo participante.',
    'Ao compartilhar a tela os espectadores só veem um retângulo preto.',
    'O desfoque de fundo não faz nada, o quarto continua aparecendo.',
    'Quem entra depois não vê o que já foi desenhado no quadro branco.',
    'O evento de levantar a mão nunca chega ao anfitrião.',
  ],
  compatibility: [
    'Tudo funciona no Chrome, mas no Safari a prévia da câmera fica vazia.',
    'Só os Pixel 6 mostram a imagem verde, os Samsung estão normais.',
    'Depois que foram para o beta novo do iOS o microfone ficou mudo; versões antigas normais.',
    'No Firefox ninguém nos ouve e a mesma página no Chrome funciona.',
    'Acontece apenas em aparelhos Xiaomi com MIUI 14.',
    'No Samsung Internet a chamada não começa, no Chrome do mesmo celular começa.',
  ],
  other: [
    'Fomos cobrados duas vezes em novembro, por favor estornem a fatura duplicada.',
    'Onde encontro a documentação da API REST do serviço de gravação?',
    'Como adiciono um segundo administrador na nossa conta do console?',
    'Vocês podem mandar um orçamento para 500 mil minutos por mês?',
    'Esqueci a senha do portal de desenvolvedores e o e-mail de redefinição não chega.',
    'Por favor alterem o endereço de cobrança da nossa conta.',
  ],
};
