import type { WrittenExamples } from '../types.js';

export const DE: WrittenExamples = {
  connectivity: [
    'Die Nutzer hängen am drehenden Kreis fest und kommen nie in den Raum.',
    'Beim Wechsel vom WLAN auf mobile Daten kommt die Sitzung nicht mehr zurück.',
    'Teilnehmer fliegen alle paar Minuten aus dem Meeting und müssen neu rein.',
    'Der Gastgeber verschwindet bei den anderen, obwohl er auf seinem Bildschirm noch drin ist.',
    'Seit heute früh kommt kein Nutzer im Ausland mehr in den Kanal.',
    'Es steht ewig „Verbindung wird wiederhergestellt“ da und dann gibt die App auf.',
  ],
  av_quality: [
    'Die Gegenseite hört ihre eigene Stimme einen Moment später zurück.',
    'Die Lippen bewegen sich, bevor der Ton ankommt, wie ein schlecht synchronisierter Film.',
    'Das Gesicht zerfällt in Klötzchen, sobald jemand den Kopf bewegt.',
    'Hinter jedem Sprecher ist ein ständiges Rauschen.',
    'Das Bild bleibt alle paar Sekunden stehen, während der Ton weiterläuft.',
    'Eine Seite ist kaum zu hören, selbst bei voller Lautstärke.',
  ],
  crash: [
    'Die App verschwindet zum Startbildschirm, sobald die zweite Person beitritt.',
    'Beim Auflegen stirbt der ganze Prozess.',
    'Die Oberfläche friert komplett ein und Android bietet an, die App zu schließen.',
    'iOS beendet die App, sobald die Kamera angeht.',
    'Direkt nach dem Verlassen des Kanals sehen wir SIGSEGV in der nativen Bibliothek.',
    'Der Unity-Editor schließt sich kommentarlos, wenn wir mit aktivem Plugin auf Play drücken.',
  ],
  feature: [
    'Nachrichten, die während des Gesprächs gesendet werden, kommen bei den anderen durcheinander an.',
    'In der Cloud-Aufnahme fehlt der Ton des zweiten Teilnehmers.',
    'Beim Teilen des Bildschirms sehen die Zuschauer nur ein schwarzes Rechteck.',
    'Der Hintergrund-Weichzeichner tut nichts, das Zimmer bleibt sichtbar.',
    'Wer später dazukommt, sieht nicht, was schon auf dem Whiteboard gezeichnet ist.',
    'Das Handheben kommt beim Gastgeber nie an.',
  ],
  compatibility: [
    'In Chrome läuft alles, aber in Safari bleibt die Kameravorschau leer.',
    'Nur die Pixel 6 zeigen ein grünes Bild, die Samsung-Geräte sind in Ordnung.',
    'Seit dem Wechsel auf die neue iOS-Beta ist das Mikrofon stumm, ältere Versionen gehen.',
    'Unter Firefox hört uns niemand, dieselbe Seite in Chrome funktioniert.',
    'Es passiert ausschließlich auf Xiaomi-Handys mit MIUI 14.',
    'In Samsung Internet startet der Anruf nicht, mit Chrome auf demselben Handy schon.',
  ],
  other: [
    'Der November wurde uns doppelt berechnet, bitte erstatten Sie die doppelte Rechnung.',
    'Wo finde ich die Dokumentation der REST-API des Aufnahmedienstes?',
    'Wie füge ich unserem Konsolenkonto einen zweiten Administrator hinzu?',
    'Können Sie uns ein Angebot für 500.000 Minuten im Monat schicken?',
    'Ich habe das Passwort für das Entwicklerportal vergessen und die Mail zum Zurücksetzen kommt nicht.',
    'Bitte ändern Sie die Rechnungsadresse in unserem Konto.',
  ],
};
