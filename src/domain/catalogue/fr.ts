import type { Catalogue } from './types.js';

/** French, addressing the customer as "vous". */
export const fr: Catalogue = {
  name: 'Français',
  direction: 'ltr',
  sentenceGap: ' ',
  fullStop: '.',
  category: {
    connectivity: 'problème de connexion (appels coupés, connexion impossible)',
    av_quality: 'qualité audio et vidéo (saccades, retard, image floue, écho)',
    crash: "fermeture inattendue de l'application",
    feature: 'fonctionnalité en panne (filtre beauté, filtres, enregistrement)',
    compatibility: 'problème sur un appareil ou un système précis',
    other: 'demande générale',
  },
  receipt: {
    body:
      'Merci de nous avoir prévenus, et désolés pour la gêne occasionnée. Nous avons ouvert le ticket *{ticket}* ' +
      '({problem}).{files}\n' +
      "Une personne de notre équipe support vous répondra dans ce fil {when}. Si vous avez l'identifiant de " +
      "l'appel ou du canal et l'heure approximative du problème, ajoutez-les ici : nous pourrons consulter cet " +
      'appel tout de suite.',
    fileOne: ' Nous avons bien reçu votre fichier ({file}).',
    fileMany: ' Nous avons bien reçu les {count} fichiers que vous avez envoyés.',
    soon: 'dès que possible',
    within: "d'ici {span}",
    by: 'avant le {date}',
  },
  attachment: {
    screenshot: "capture d'écran",
    image: 'image',
    screen_recording: "enregistrement d'écran",
    video: 'vidéo',
    audio: 'enregistrement audio',
    log: 'fichier journal',
    document: 'document',
    file: 'fichier',
  },
  draft: {
    phrases: {
      connectivity: {
        acknowledge:
          "Nous sommes désolés que vos appels continuent de se couper. C'est vraiment pénible, surtout en " +
          'pleine conversation.',
        doing:
          'Nous avons transmis le problème à nos ingénieurs, qui examinent en ce moment les journaux de ' +
          'connexion de vos appels.',
        tryNow:
          'Si cela se reproduit avant notre retour, basculer entre le Wi-Fi et les données mobiles permet ' +
          "souvent à l'appel " +
          'de se reconnecter.',
      },
      av_quality: {
        acknowledge:
          "Nous sommes désolés que l'image et le son soient saccadés. C'est frustrant de ne pas bien se " +
          "voir ni s'entendre.",
        doing:
          "Nous examinons les relevés de qualité de vos appels pour trouver où l'image ou le son prennent du retard.",
        tryNow: "En attendant, fermer les autres applications qui utilisent le réseau pendant l'appel peut aider.",
      },
      crash: {
        acknowledge: "Nous sommes désolés que l'application se ferme ainsi, surtout en plein appel.",
        doing: 'Nos ingénieurs recherchent en ce moment la cause de cette fermeture.',
        tryNow:
          "Si cela se reproduit, un court enregistrement d'écran des instants qui précèdent la fermeture " +
          'nous aiderait ' +
          'à en trouver la cause rapidement.',
      },
      feature: {
        acknowledge: 'Nous sommes désolés que cette fonctionnalité ne marche pas comme prévu.',
        doing: 'Nous vérifions cette fonctionnalité de notre côté.',
        tryNow: "En attendant, vous pouvez redémarrer l'application une fois pour voir si la fonctionnalité revient.",
      },
      compatibility: {
        acknowledge:
          "Nous sommes désolés que cela se produise sur votre appareil. Nous voulons que l'application " +
          'fonctionne bien sur tous les téléphones.',
        doing: "Nous vérifions le comportement de l'application sur ce modèle et cette version du système.",
        tryNow:
          "Si vous avez un autre appareil à portée de main, dites-nous si le problème s'y produit aussi : " +
          'cela nous aide ' +
          'à cerner la cause.',
      },
      other: {
        acknowledge: 'Merci de nous en avoir fait part, et désolés pour la gêne occasionnée.',
        doing: 'Nous nous en occupons.',
        tryNow:
          "Si vous avez remarqué autre chose, par exemple depuis quand cela arrive, n'hésitez pas à l'ajouter ici.",
      },
    },
    followUp: {
      scenario:
        "Dans quel type de session cela s'est-il produit : appel en tête-à-tête, live à plusieurs ou salon vocal ?",
      network: "Étiez-vous en Wi-Fi ou en données mobiles (4G/5G), et chez vous ou à l'extérieur ?",
      device:
        'Quel téléphone ou ordinateur était concerné, et avec quelle version du système (par exemple iPhone ' +
        '13, iOS 17) ?',
      place: "Étiez-vous chez vous, au bureau ou à l'extérieur à ce moment-là ?",
      os: "Quelle version du système l'appareil utilise-t-il (par exemple iOS 17 ou Android 14) ?",
      timeAndRegion: "À peu près quand cela s'est-il produit, et dans quelle ville ou région ?",
      time: "À peu près quand cela s'est-il produit (date et heure) ?",
      region: "Dans quelle ville ou région se trouvaient les participants de l'appel ?",
      callId: "Si vous l'avez, l'identifiant de l'appel ou du canal, pour que nous retrouvions exactement cet appel.",
    },
    nextUpdate: {
      urgent: 'Nous vous donnerons des nouvelles ici sous 30 minutes, même si nous sommes encore en train de chercher.',
      high: 'Nous vous donnerons des nouvelles ici sous 1 heure, même si nous sommes encore en train de chercher.',
      medium_high:
        'Nous vous donnerons des nouvelles ici sous 2 heures, même si nous sommes encore en train de chercher.',
      medium: 'Nous vous donnerons des nouvelles ici sous 4 heures.',
      medium_low: 'Nous vous donnerons des nouvelles ici sous 1 jour ouvré.',
    },
    askIntro: 'Pour trouver la cause plus vite, pourriez-vous nous indiquer :',
    thanksForDetails: 'Merci pour ces précisions, elles nous aident beaucoup.',
    qualityIntro: 'Nous avons examiné cet appel :',
  },
  quality: {
    frozeOnce: "l'image s'est figée une fois, pendant environ {seconds} secondes",
    froze: "l'image s'est figée {count} fois, environ {seconds} secondes au total",
    lost: "sur 100 morceaux de son et d'image, environ {percent} ne sont pas arrivés à temps",
    late: "le son et l'image sont arrivés plus tard que d'habitude (environ {seconds} s)",
    join: ' ; ',
    steady: "la connexion de cet appel paraît stable dans l'ensemble, nous examinons donc aussi d'autres causes.",
    ourSide: "L'essentiel s'est produit sur nos serveurs, et nous y travaillons.",
    oneSide:
      "L'essentiel s'est produit sur la connexion d'un des participants, ce qui est fréquent sur réseau " +
      'mobile ou avec un signal faible.',
  },
  closing: {
    body:
      'Nous avons clôturé le ticket {ticket}. Merci pour votre patience ! Si le problème revient, répondez ' +
      'simplement dans ce fil et nous le reprendrons aussitôt.',
    ratePrompt: 'Comment évaluez-vous notre aide ?',
    rated: 'Merci pour votre note ({rating}/5) !',
    ratingNotYours:
      'Merci de vouloir nous aider ! Seul le client qui a ouvert ce ticket, ou son équipe, peut le noter : ' +
      "votre clic n'a donc pas été pris en compte.",
    ratingElsewhere:
      "Désolés, cette note n'a pas pu être associée au ticket. Merci d'utiliser les boutons du message de " +
      'clôture du ticket lui-même.',
  },
  closingNote: {
    where: {
      customer_network:
        'Nous avons examiné la situation : le problème venait de la connexion réseau utilisée pour les appels',
      customer_device:
        "Nous avons examiné la situation : le problème venait du fonctionnement de l'application sur cet " +
        'appareil ou cette version du système',
      our_service: 'Nous avons examiné la situation : le problème se trouvait de notre côté',
      customer_config: "Nous avons examiné la situation : le problème venait de la configuration de l'intégration",
      not_found: "Nous avons examiné la situation et n'avons trouvé de panne d'aucun côté",
    },
    withCause: '{where} ({cause}).',
    helped: 'Ce qui a résolu le problème',
    weDid: 'Ce que nous avons fait',
    suggest: 'Ce que nous conseillons si cela se reproduit',
    fix: '{lead} : {fix}',
  },
  problemUpdate: {
    opening: 'Des nouvelles de votre signalement (ticket {ticket}) :',
    fixed:
      'nous avons trouvé la cause du problème que vous nous aviez signalé, et il est maintenant corrigé de notre côté.',
    found: 'nous avons trouvé la cause du problème que vous nous aviez signalé, et il a été traité.',
    what: 'Ce que nous avons fait :',
    next:
      'Pourriez-vous réessayer lors de votre prochain appel ? Si quelque chose ne va toujours pas, répondez ici ' +
      'et nous reprendrons le sujet aussitôt.',
    thanks: 'Merci de nous avoir prévenus, et merci pour votre patience pendant que nous y travaillions.',
  },
  incidentUpdate:
    'Des nouvelles de votre signalement (ticket {ticket}) : d’autres clients rencontrent le même ' +
    'problème, et nos ingénieurs y travaillent en ce moment même. Vous n’avez rien à faire pour ' +
    'l’instant. Nous vous enverrons le prochain point ici {when}, ou plus tôt dès que ce sera réglé.',
};
