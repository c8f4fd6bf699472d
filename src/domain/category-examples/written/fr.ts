import type { WrittenExamples } from '../types.js';

export const FR: WrittenExamples = {
  connectivity: [
    'Les utilisateurs restent bloqués sur la roue qui tourne et n’entrent jamais dans la salle.',
    'En passant du wifi aux données mobiles, la session ne revient plus.',
    'Les participants sont éjectés de la réunion toutes les quelques minutes et doivent revenir.',
    'L’hôte disparaît pour les autres alors que sur son écran il est toujours là.',
    'Depuis ce matin aucun utilisateur à l’étranger n’arrive à rejoindre le canal.',
    'Ça reste longtemps sur « reconnexion » puis ça abandonne.',
  ],
  av_quality: [
    'L’interlocuteur entend sa propre voix revenir un instant après.',
    'Les lèvres bougent avant que le son n’arrive, on dirait un film mal doublé.',
    'Le visage se transforme en gros carrés dès qu’on bouge la tête.',
    'Il y a un souffle permanent derrière chaque personne qui parle.',
    'L’image se fige toutes les quelques secondes pendant que le son continue.',
    'Un des côtés est à peine audible même avec le volume au maximum.',
  ],
  crash: [
    'L’application se ferme toute seule et revient à l’accueil quand la deuxième personne arrive.',
    'En appuyant sur raccrocher, tout le processus meurt.',
    'L’interface se fige complètement et Android propose de fermer l’application.',
    'iOS tue l’application dès que la caméra s’allume.',
    'On voit un SIGSEGV dans la bibliothèque native juste après avoir quitté le canal.',
    'L’éditeur Unity se ferme sans message quand on lance play avec le plugin actif.',
  ],
  feature: [
    'Les messages envoyés pendant l’appel arrivent dans le désordre chez les autres.',
    'Le fichier d’enregistrement cloud n’a pas le son du deuxième participant.',
    'Quand on partage l’écran, les spectateurs ne voient qu’un rectangle noir.',
    'Le flou d’arrière-plan ne fait rien, la pièce derrière reste visible.',
    'Ceux qui arrivent en retard ne voient pas ce qui est déjà dessiné sur le tableau blanc.',
    'L’événement main levée n’arrive jamais à l’hôte.',
  ],
  compatibility: [
    'Tout marche sous Chrome mais sous Safari l’aperçu de la caméra reste vide.',
    'Seuls les Pixel 6 affichent une image verte, les Samsung vont bien.',
    'Depuis le passage à la nouvelle bêta d’iOS le micro est muet ; les versions plus anciennes vont bien.',
    'Sous Firefox personne ne nous entend, la même page sous Chrome fonctionne.',
    'Ça n’arrive que sur les Xiaomi sous MIUI 14.',
    'Dans Samsung Internet l’appel ne démarre pas, avec Chrome sur le même téléphone oui.',
  ],
  other: [
    'Novembre nous a été facturé deux fois, merci de rembourser la facture en double.',
    'Où se trouve la documentation de l’API REST du service d’enregistrement ?',
    'Comment ajouter un deuxième administrateur à notre compte console ?',
    'Pouvez-vous nous envoyer un devis pour 500 000 minutes par mois ?',
    'J’ai oublié le mot de passe du portail développeur et l’e-mail de réinitialisation n’arrive pas.',
    'Merci de modifier l’adresse de facturation de notre compte.',
  ],
};
