import type { Catalogue } from './types.js';

/** Spanish, addressing the customer as "usted". */
export const es: Catalogue = {
  name: 'Español',
  direction: 'ltr',
  sentenceGap: ' ',
  fullStop: '.',
  category: {
    connectivity: 'problema de conexión (cortes, no conecta)',
    av_quality: 'calidad de audio y video (cortes, retraso, imagen borrosa, eco)',
    crash: 'la aplicación se cierra',
    feature: 'una función no responde (filtro de belleza, filtros, grabación)',
    compatibility: 'problema en un dispositivo o sistema concreto',
    other: 'consulta general',
  },
  receipt: {
    body:
      'Gracias por avisarnos y disculpe las molestias. Hemos abierto el ticket *{ticket}* ({problem}).{files}\n' +
      'Una persona de nuestro equipo de soporte le responderá en este hilo {when}. Si tiene a mano el ID de la ' +
      'llamada o del canal y la hora aproximada en que ocurrió, añádalos aquí y podremos revisar esa llamada de ' +
      'inmediato.',
    fileOne: ' Hemos recibido su {file}.',
    fileMany: ' Hemos recibido los {count} archivos que nos envió.',
    soon: 'lo antes posible',
    within: 'en un plazo de {span}',
    by: 'antes de {date}',
  },
  attachment: {
    screenshot: 'captura de pantalla',
    image: 'imagen',
    screen_recording: 'grabación de pantalla',
    video: 'video',
    audio: 'grabación de audio',
    log: 'archivo de registro',
    document: 'documento',
    file: 'archivo',
  },
  draft: {
    phrases: {
      connectivity: {
        acknowledge:
          'Lamento mucho que sus llamadas se sigan cortando. Es muy incómodo, sobre todo en medio de una conversación.',
        doing:
          'Ya lo hemos pasado a nuestros ingenieros, que están revisando ahora los registros de conexión de ' +
          'sus llamadas.',
        tryNow:
          'Si vuelve a ocurrir antes de que le respondamos, cambiar entre Wi-Fi y datos móviles suele ' +
          'permitir que la ' +
          'llamada se reconecte.',
      },
      av_quality: {
        acknowledge:
          'Lamento que la imagen y el sonido se entrecorten. Es frustrante no poder verse ni oírse con claridad.',
        doing:
          'Estamos revisando los registros de calidad de sus llamadas para ver dónde se retrasan la imagen ' +
          'o el sonido.',
        tryNow: 'Mientras tanto, cerrar otras aplicaciones que usen la red durante la llamada puede ayudar.',
      },
      crash: {
        acknowledge: 'Lamento que la aplicación se le cierre. Es lo último que uno necesita en medio de una llamada.',
        doing: 'Nuestros ingenieros ya están investigando el cierre.',
        tryNow:
          'Si vuelve a ocurrir, una breve grabación de pantalla de los momentos previos al cierre nos ayudaría a ' +
          'encontrar la causa rápidamente.',
      },
      feature: {
        acknowledge: 'Disculpe que esta función no esté funcionando como debería.',
        doing: 'Estamos revisando esta función por nuestra parte.',
        tryNow:
          'Mientras tanto, le sugerimos reiniciar la aplicación una vez para ver si la función vuelve a responder.',
      },
      compatibility: {
        acknowledge:
          'Lamento que esto le ocurra en su dispositivo. Queremos que la aplicación funcione bien en todos ' +
          'los teléfonos.',
        doing: 'Estamos comprobando cómo se comporta la aplicación en ese modelo y versión del sistema.',
        tryNow:
          'Si tiene otro dispositivo a mano, indíquenos si también ocurre allí; eso nos ayuda a acotar el problema.',
      },
      other: {
        acknowledge: 'Gracias por contárnoslo y disculpe las molestias.',
        doing: 'Ya lo estamos revisando.',
        tryNow: 'Si ha notado algo más, como desde cuándo ocurre, puede añadirlo aquí.',
      },
    },
    followUp: {
      scenario:
        '¿En qué tipo de sesión ocurrió: una llamada 1 a 1, una transmisión en vivo con invitados o una sala de voz?',
      network: '¿Estaba conectado por Wi-Fi o por datos móviles (4G/5G), y en casa o fuera?',
      device: '¿Qué teléfono o computadora usaba y con qué versión del sistema (por ejemplo, iPhone 13 con iOS 17)?',
      place: '¿Estaba en casa, en la oficina o fuera cuando ocurrió?',
      os: '¿Qué versión del sistema tiene el dispositivo (por ejemplo, iOS 17 o Android 14)?',
      timeAndRegion: '¿Cuándo ocurrió aproximadamente y en qué ciudad o región?',
      time: '¿Cuándo ocurrió aproximadamente (fecha y hora)?',
      region: '¿En qué ciudad o región estaban las personas de la llamada?',
      callId: 'Si lo tiene, el ID de la llamada o del canal, para revisar exactamente esa llamada.',
    },
    nextUpdate: {
      urgent: 'Le daremos novedades aquí en un plazo de 30 minutos, aunque sigamos investigando.',
      high: 'Le daremos novedades aquí en un plazo de 1 hora, aunque sigamos investigando.',
      medium_high: 'Le daremos novedades aquí en un plazo de 2 horas, aunque sigamos investigando.',
      medium: 'Le daremos novedades aquí en un plazo de 4 horas.',
      medium_low: 'Le daremos novedades aquí en un plazo de 1 día hábil.',
    },
    askIntro: 'Para encontrar la causa más rápido, ¿podría indicarnos lo siguiente?',
    thanksForDetails: 'Gracias por los detalles, nos ayudan mucho.',
    qualityIntro: 'Hemos revisado esa llamada:',
  },
  quality: {
    frozeOnce: 'el video se detuvo una vez, durante unos {seconds} segundos',
    froze: 'el video se detuvo {count} veces, unos {seconds} segundos en total',
    lost: 'de cada 100 fragmentos de sonido e imagen, unos {percent} no llegaron a tiempo',
    late: 'el sonido y la imagen llegaron más tarde de lo normal (unos {seconds} s)',
    join: '; ',
    steady: 'la conexión de esa llamada se ve estable en general, así que estamos revisando también otras causas.',
    ourSide: 'La mayor parte ocurrió en nuestros servidores y ya estamos trabajando en ello.',
    oneSide:
      'La mayor parte ocurrió en la conexión de uno de los participantes, algo habitual con redes móviles o ' +
      'poca señal.',
  },
  closing: {
    body:
      'Hemos dado por resuelto el ticket {ticket}. ¡Gracias por su paciencia! Si vuelve a ocurrir, responda en este ' +
      'hilo y lo retomaremos de inmediato.',
    ratePrompt: '¿Cómo valora nuestra atención?',
    rated: '¡Gracias por su valoración ({rating}/5)!',
    ratingNotYours:
      '¡Gracias por querer ayudar! Solo el cliente que abrió este ticket, o su equipo, puede valorarlo, así que ' +
      'su clic no se ha contado.',
    ratingElsewhere:
      'Lo sentimos, no pudimos asociar esta valoración al ticket. Por favor, use los botones del mensaje de ' +
      'cierre del propio ticket.',
  },
  closingNote: {
    where: {
      customer_network: 'Lo hemos revisado: el problema venía de la conexión de red que usaban las llamadas',
      customer_device:
        'Lo hemos revisado: el problema venía de cómo funciona la aplicación en ese dispositivo o versión',
      our_service: 'Lo hemos revisado: el problema estaba de nuestro lado',
      customer_config: 'Lo hemos revisado: el problema venía de la configuración de la integración',
      not_found: 'Lo hemos revisado y no encontramos ningún fallo en ninguna de las partes',
    },
    withCause: '{where} ({cause}).',
    helped: 'Lo que lo resolvió',
    weDid: 'Lo que hicimos',
    suggest: 'Lo que le sugerimos si vuelve a ocurrir',
    fix: '{lead}: {fix}',
  },
  problemUpdate: {
    opening: 'Le escribimos con novedades sobre su reporte (ticket {ticket}):',
    fixed: 'encontramos la causa del problema que nos comentó y ya está corregido por nuestra parte.',
    found: 'encontramos la causa del problema que nos comentó y ya está solucionado.',
    what: 'Lo que hicimos:',
    next:
      '¿Podría probar de nuevo en su próxima llamada? Si algo sigue sin funcionar bien, responda aquí y lo ' +
      'retomaremos enseguida.',
    thanks: 'Gracias por avisarnos y por su paciencia mientras lo resolvíamos.',
  },
  incidentUpdate:
    'Le escribimos con novedades sobre su reporte (ticket {ticket}): otros clientes están teniendo ' +
    'el mismo problema y nuestros ingenieros están trabajando en ello en este momento. Por ahora no ' +
    'necesita hacer nada. Le enviaremos la próxima actualización por aquí {when}, o en cuanto quede ' +
    'resuelto si es antes.',
};
