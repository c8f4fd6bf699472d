import type { Catalogue } from './types.js';

export const en: Catalogue = {
  name: 'English',
  direction: 'ltr',
  sentenceGap: ' ',
  fullStop: '.',
  category: {
    connectivity: 'connection problem (drops, cannot connect)',
    av_quality: 'audio/video quality (stutter, lag, blur, echo)',
    crash: 'app crash',
    feature: 'feature not working (beauty filter, filters, recording)',
    compatibility: 'problem on a specific device or system',
    other: 'general issue',
  },
  receipt: {
    body:
      "Thanks for letting us know, and sorry for the trouble. We've opened ticket *{ticket}* ({problem}).{files}\n" +
      'A person from our support team will reply in this thread {when}. If you have the call or channel ID and ' +
      'roughly when it happened, add them here and we can look up that call straight away.',
    fileOne: ' We have your {file}.',
    fileMany: ' We have the {count} files you sent.',
    soon: 'as soon as possible',
    within: 'within {span}',
    by: 'by {date}',
  },
  attachment: {
    screenshot: 'screenshot',
    image: 'image',
    screen_recording: 'screen recording',
    video: 'video',
    audio: 'audio recording',
    log: 'log file',
    document: 'document',
    file: 'file',
  },
  draft: {
    phrases: {
      connectivity: {
        acknowledge:
          "I'm sorry your calls keep getting cut off. That's really disruptive, especially in the middle of a " +
          'conversation.',
        doing: "I've passed this to our engineers, and they're checking the connection records for your calls now.",
        tryNow:
          'If it happens again before we get back to you, switching between Wi-Fi and mobile data often lets the ' +
          'call reconnect.',
      },
      av_quality: {
        acknowledge:
          "I'm sorry the picture and sound have been choppy. It's frustrating when you can't see or hear each " +
          'other clearly.',
        doing:
          "We're looking at the quality records of your calls now to find where the picture or sound is being " +
          'held up.',
        tryNow: 'Meanwhile, closing other apps that use the network during a call can help.',
      },
      crash: {
        acknowledge: "I'm sorry the app is closing on you. That's the last thing anyone needs in the middle of a call.",
        doing: 'Our engineers are looking into the crash now.',
        tryNow:
          'If it happens again, a short screen recording of the moments before it closes would help us find the ' +
          'cause quickly.',
      },
      feature: {
        acknowledge:
          "Sorry that this feature isn't working the way it should. We know it matters to how you and your users " +
          'look and feel on camera.',
        doing: "We're checking this feature on our side now.",
        tryNow: "In the meantime, it's worth restarting the app once to see whether the feature comes back.",
      },
      compatibility: {
        acknowledge:
          'Sorry this is happening on your device. We want the app to work well on every phone your users have.',
        doing: "We're checking how the app behaves on that model and system version now.",
        tryNow:
          'If you have another device nearby, letting us know whether it happens there too helps us narrow it ' +
          'down.',
      },
      other: {
        acknowledge: "Thanks for telling us about this, and I'm sorry for the trouble.",
        doing: "We're looking into it now.",
        tryNow: 'If there is anything else you noticed, such as when it started, feel free to add it here.',
      },
    },
    followUp: {
      scenario: 'What kind of session was it: a 1-on-1 call, live co-hosting, or a voice room?',
      network: 'Were you on Wi-Fi or mobile data (4G/5G), and at home or out and about?',
      device: 'Which phone or computer was it, and which system version (for example iPhone 13, iOS 17)?',
      place: 'Were you at home, at the office, or out and about when it happened?',
      os: 'Which system version is the device on (for example iOS 17 or Android 14)?',
      timeAndRegion: 'Roughly when did it happen, and in which city or region?',
      time: 'Roughly when did it happen (date and time)?',
      region: 'Which city or region were the people on the call in?',
      callId: 'If you have it, the call or channel ID, so we can pull up that exact call.',
    },
    nextUpdate: {
      urgent: "We'll update you here within 30 minutes, even if we're still investigating.",
      high: "We'll update you here within 1 hour, even if we're still investigating.",
      medium_high: "We'll update you here within 2 hours, even if we're still investigating.",
      medium: "We'll update you here within 4 hours.",
      medium_low: "We'll update you here within 1 business day.",
    },
    askIntro: 'To find the cause faster, could you tell us:',
    thanksForDetails: 'Thank you for the details, they help a lot.',
    qualityIntro: 'We looked at that call:',
  },
  quality: {
    frozeOnce: 'the video paused once, for about {seconds} seconds',
    froze: 'the video paused {count} times, about {seconds} seconds in all',
    lost: 'about {percent} in every 100 pieces of sound and picture did not arrive in time',
    late: 'sound and picture arrived later than usual (about {seconds} s)',
    join: '; ',
    steady: 'the connection in that call looks steady overall, so we are checking other causes as well.',
    ourSide: 'Most of it happened on our servers, and we are working on it.',
    oneSide: "Most of it happened on one participant's connection, which is common on mobile networks or weak signal.",
  },
  closing: {
    body:
      "We've marked ticket {ticket} as resolved. Thank you for your patience! If it happens again, just reply in " +
      "this thread and we'll pick it up right away.",
    ratePrompt: 'How did we do?',
    rated: 'Thank you for rating us {rating}/5!',
    ratingNotYours:
      'Thanks for wanting to help! Only the customer who raised this ticket, or their team, can rate it, so your ' +
      'click was not counted.',
    ratingElsewhere:
      "Sorry, this rating could not be matched to the ticket. Please use the buttons in the ticket's own " +
      'closing message.',
  },
  closingNote: {
    where: {
      customer_network: 'We looked into this: the trouble came from the network connection the calls were using',
      customer_device: 'We looked into this: the trouble came from how the app runs on that device or system version',
      our_service: 'We looked into this: the trouble was on our side',
      customer_config: 'We looked into this: the trouble was related to a setting in the integration',
      not_found: 'We looked into this and did not find a fault on either side',
    },
    withCause: '{where} ({cause}).',
    helped: 'What helped',
    weDid: 'What we did',
    suggest: 'What we suggest if it happens again',
    fix: '{lead}: {fix}',
  },
  problemUpdate: {
    opening: 'An update on your report (ticket {ticket}):',
    fixed: 'we found what was behind the problem you told us about, and it has now been fixed on our side.',
    found: 'we found what was behind the problem you told us about, and it has been dealt with.',
    what: 'What we did:',
    next:
      'Could you try again when you next have a call? ' +
      'If anything still isn’t right, reply here and we’ll pick it up straight away.',
    thanks: 'Thank you for telling us, and for your patience while we worked on it.',
  },
  incidentUpdate:
    'An update on your report (ticket {ticket}): other customers are seeing the same problem, and ' +
    "our engineers are working on it right now. You don't need to do anything for the moment. We'll " +
    'send you the next update here {when}, or sooner as soon as it is fixed.',
};
