import type { Catalogue } from './types.js';

/** German, addressing the customer as "Sie". */
export const de: Catalogue = {
  name: 'Deutsch',
  direction: 'ltr',
  sentenceGap: ' ',
  fullStop: '.',
  category: {
    connectivity: 'Verbindungsproblem (Abbrüche, keine Verbindung)',
    av_quality: 'Ton- und Bildqualität (Ruckeln, Verzögerung, unscharfes Bild, Echo)',
    crash: 'App-Absturz',
    feature: 'Funktion geht nicht (Beauty-Filter, Filter, Aufzeichnung)',
    compatibility: 'Problem auf einem bestimmten Gerät oder System',
    other: 'allgemeines Anliegen',
  },
  receipt: {
    body:
      'Danke, dass Sie uns Bescheid geben, und entschuldigen Sie die Unannehmlichkeiten. Wir haben das Ticket ' +
      '*{ticket}* angelegt ({problem}).{files}\n' +
      'Jemand aus unserem Support-Team antwortet Ihnen {when} in diesem Thread. Wenn Sie die Anruf- oder ' +
      'Kanal-ID und den ungefähren Zeitpunkt haben, ergänzen Sie sie gern hier, dann können wir uns diesen Anruf ' +
      'direkt ansehen.',
    fileOne: ' Ihre Datei ({file}) ist bei uns angekommen.',
    fileMany: ' Ihre {count} Dateien sind bei uns angekommen.',
    soon: 'so bald wie möglich',
    within: 'innerhalb von {span}',
    by: 'bis {date}',
  },
  attachment: {
    screenshot: 'Screenshot',
    image: 'Bild',
    screen_recording: 'Bildschirmaufnahme',
    video: 'Video',
    audio: 'Audioaufnahme',
    log: 'Logdatei',
    document: 'Dokument',
    file: 'Datei',
  },
  draft: {
    phrases: {
      connectivity: {
        acknowledge:
          'Es tut mir leid, dass Ihre Anrufe immer wieder abbrechen. Das ist wirklich störend, gerade ' +
          'mitten im Gespräch.',
        doing: 'Ich habe das an unsere Entwickler weitergegeben; sie prüfen gerade die Verbindungsdaten Ihrer Anrufe.',
        tryNow:
          'Falls es wieder passiert, bevor wir uns melden: Ein Wechsel zwischen WLAN und mobilen Daten hilft oft, ' +
          'damit sich der Anruf neu verbindet.',
      },
      av_quality: {
        acknowledge:
          'Es tut mir leid, dass Bild und Ton ruckeln. Es ist ärgerlich, wenn man sich nicht klar sehen ' +
          'oder hören kann.',
        doing:
          'Wir sehen uns gerade die Qualitätsdaten Ihrer Anrufe an, um herauszufinden, wo Bild oder Ton ' +
          'hängen bleiben.',
        tryNow: 'In der Zwischenzeit kann es helfen, während des Anrufs andere Apps zu schließen, die das Netz nutzen.',
      },
      crash: {
        acknowledge: 'Es tut mir leid, dass die App sich einfach schließt, noch dazu mitten in einem Anruf.',
        doing: 'Unsere Entwickler untersuchen den Absturz gerade.',
        tryNow:
          'Falls es wieder passiert, hilft uns eine kurze Bildschirmaufnahme der Momente vor dem Schließen, die ' +
          'Ursache schnell zu finden.',
      },
      feature: {
        acknowledge: 'Es tut mir leid, dass diese Funktion nicht so arbeitet, wie sie sollte.',
        doing: 'Wir prüfen diese Funktion gerade auf unserer Seite.',
        tryNow:
          'In der Zwischenzeit lohnt es sich, die App einmal neu zu starten und zu sehen, ob die Funktion zurückkommt.',
      },
      compatibility: {
        acknowledge:
          'Es tut mir leid, dass das auf Ihrem Gerät passiert. Die App soll auf jedem Smartphone gut laufen.',
        doing: 'Wir prüfen gerade, wie sich die App auf diesem Modell und dieser Systemversion verhält.',
        tryNow:
          'Wenn Sie ein anderes Gerät zur Hand haben, sagen Sie uns gern, ob es dort auch auftritt; das hilft uns, ' +
          'die Ursache einzugrenzen.',
      },
      other: {
        acknowledge: 'Danke, dass Sie uns das mitteilen, und entschuldigen Sie die Unannehmlichkeiten.',
        doing: 'Wir kümmern uns gerade darum.',
        tryNow: 'Wenn Ihnen noch etwas aufgefallen ist, etwa seit wann es auftritt, ergänzen Sie es gern hier.',
      },
    },
    followUp: {
      scenario:
        'In welcher Situation ist es passiert: bei einem 1:1-Anruf, einem gemeinsamen Livestream oder in ' +
        'einem Sprachraum?',
      network: 'Waren Sie im WLAN oder über mobile Daten (4G/5G) verbunden, und zu Hause oder unterwegs?',
      device:
        'Um welches Smartphone oder welchen Computer ging es, mit welcher Systemversion (zum Beispiel ' +
        'iPhone 13, iOS 17)?',
      place: 'Waren Sie zu Hause, im Büro oder unterwegs, als es passiert ist?',
      os: 'Welche Systemversion läuft auf dem Gerät (zum Beispiel iOS 17 oder Android 14)?',
      timeAndRegion: 'Wann ungefähr ist es passiert, und in welcher Stadt oder Region?',
      time: 'Wann ungefähr ist es passiert (Datum und Uhrzeit)?',
      region: 'In welcher Stadt oder Region waren die Gesprächsteilnehmer?',
      callId: 'Falls vorhanden, die Anruf- oder Kanal-ID, damit wir genau diesen Anruf aufrufen können.',
    },
    nextUpdate: {
      urgent: 'Wir melden uns hier innerhalb von 30 Minuten mit einem Zwischenstand, auch wenn wir noch suchen.',
      high: 'Wir melden uns hier innerhalb von 1 Stunde mit einem Zwischenstand, auch wenn wir noch suchen.',
      medium_high: 'Wir melden uns hier innerhalb von 2 Stunden mit einem Zwischenstand, auch wenn wir noch suchen.',
      medium: 'Wir melden uns hier innerhalb von 4 Stunden mit einem Zwischenstand.',
      medium_low: 'Wir melden uns hier innerhalb von 1 Werktag mit einem Zwischenstand.',
    },
    askIntro: 'Damit wir die Ursache schneller finden, könnten Sie uns Folgendes sagen:',
    thanksForDetails: 'Vielen Dank für die Details, sie helfen uns sehr.',
    qualityIntro: 'Wir haben uns diesen Anruf angesehen:',
  },
  quality: {
    frozeOnce: 'das Bild ist einmal stehen geblieben, etwa {seconds} Sekunden lang',
    froze: 'das Bild ist {count}-mal stehen geblieben, insgesamt etwa {seconds} Sekunden',
    lost: 'von 100 Teilen Ton und Bild sind etwa {percent} nicht rechtzeitig angekommen',
    late: 'Ton und Bild kamen später an als üblich (etwa {seconds} s)',
    join: '; ',
    steady: 'die Verbindung in diesem Anruf wirkt insgesamt stabil, daher prüfen wir auch andere Ursachen.',
    ourSide: 'Das meiste davon passierte auf unseren Servern, und wir arbeiten daran.',
    oneSide:
      'Das meiste davon passierte auf der Verbindung einer teilnehmenden Person, was bei Mobilfunk oder ' +
      'schwachem Empfang häufig ist.',
  },
  closing: {
    body:
      'Wir haben das Ticket {ticket} als gelöst markiert. Vielen Dank für Ihre Geduld! Falls es wieder auftritt, ' +
      'antworten Sie einfach in diesem Thread, dann kümmern wir uns sofort darum.',
    ratePrompt: 'Wie zufrieden waren Sie mit unserer Hilfe?',
    rated: 'Vielen Dank für Ihre Bewertung ({rating}/5)!',
    ratingNotYours:
      'Danke, dass Sie helfen möchten! Nur der Kunde, der dieses Ticket eröffnet hat, oder sein Team kann es ' +
      'bewerten, daher wurde Ihr Klick nicht gezählt.',
    ratingElsewhere:
      'Leider konnten wir diese Bewertung keinem Ticket zuordnen. Bitte nutzen Sie die Schaltflächen in der ' +
      'Abschlussnachricht des Tickets selbst.',
  },
  closingNote: {
    where: {
      customer_network:
        'Wir haben das untersucht: Die Ursache lag in der Netzwerkverbindung, über die die Anrufe liefen',
      customer_device:
        'Wir haben das untersucht: Die Ursache lag darin, wie die App auf diesem Gerät oder dieser Systemversion läuft',
      our_service: 'Wir haben das untersucht: Die Ursache lag auf unserer Seite',
      customer_config: 'Wir haben das untersucht: Die Ursache lag in der Einrichtung der Integration',
      not_found: 'Wir haben das untersucht und auf keiner Seite einen Fehler gefunden',
    },
    withCause: '{where} ({cause}).',
    helped: 'Was geholfen hat',
    weDid: 'Was wir getan haben',
    suggest: 'Was wir empfehlen, falls es wieder auftritt',
    fix: '{lead}: {fix}',
  },
  problemUpdate: {
    opening: 'Ein Zwischenstand zu Ihrer Meldung (Ticket {ticket}):',
    fixed: 'Wir haben die Ursache des gemeldeten Problems gefunden, und es ist auf unserer Seite behoben.',
    found: 'Wir haben die Ursache des gemeldeten Problems gefunden, und es ist erledigt.',
    what: 'Was wir getan haben:',
    next:
      'Könnten Sie es beim nächsten Anruf noch einmal versuchen? Falls noch etwas nicht stimmt, antworten Sie hier, ' +
      'dann kümmern wir uns sofort darum.',
    thanks: 'Danke für Ihre Meldung und Ihre Geduld, während wir daran gearbeitet haben.',
  },
  incidentUpdate:
    'Ein Zwischenstand zu Ihrer Meldung (Ticket {ticket}): Andere Kundinnen und Kunden haben gerade ' +
    'dasselbe Problem, und unser Technikteam arbeitet bereits daran. Sie müssen im Moment nichts ' +
    'tun. Den nächsten Zwischenstand schicken wir Ihnen hier {when}, oder früher, sobald es behoben ' +
    'ist.',
};
