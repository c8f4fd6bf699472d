import type { FollowUpTopic } from '../domain/facts.js';
import type { Category, Language, Priority } from '../domain/taxonomy.js';

interface CategoryPhrases {
  /** Name the feeling first. */
  acknowledge: string;
  /** What we are doing about it now. */
  doing: string;
  /** Something the customer can try meanwhile, without blaming their setup. */
  tryNow: string;
}

export const CATEGORY_PHRASES: Record<Category, Record<Language, CategoryPhrases>> = {
  connectivity: {
    en: {
      acknowledge:
        "I'm sorry your calls keep getting cut off. That's really disruptive, especially in the middle of a " +
        'conversation.',
      doing: "I've passed this to our engineers, and they're checking the connection records for your calls now.",
      tryNow:
        'If it happens again before we get back to you, switching between Wi-Fi and mobile data often lets the ' +
        'call reconnect.',
    },
    zh: {
      acknowledge: '通话频繁中断确实很影响使用，尤其是聊到一半被打断，非常抱歉给您带来这样的体验。',
      doing: '我们已经把问题转给工程师，正在查看您这几次通话的连接记录。',
      tryNow: '在我们回复之前如果再次遇到，可以试试在 Wi-Fi 和移动数据之间切换一下，通常能帮助通话重新连上。',
    },
  },
  av_quality: {
    en: {
      acknowledge:
        "I'm sorry the picture and sound have been choppy. It's frustrating when you can't see or hear each " +
        'other clearly.',
      doing:
        "We're looking at the quality records of your calls now to find where the picture or sound is being held up.",
      tryNow: 'Meanwhile, closing other apps that use the network during a call can help.',
    },
    zh: {
      acknowledge: '画面和声音卡顿确实让人很着急，看不清、听不清都会影响交流，非常抱歉。',
      doing: '我们正在查看您这几次通话的质量记录，找出画面或声音在哪个环节受到了影响。',
      tryNow: '在此期间，通话时关闭其他占用网络的应用，可能会有所改善。',
    },
  },
  crash: {
    en: {
      acknowledge: "I'm sorry the app is closing on you. That's the last thing anyone needs in the middle of a call.",
      doing: 'Our engineers are looking into the crash now.',
      tryNow:
        'If it happens again, a short screen recording of the moments before it closes would help us find the ' +
        'cause quickly.',
    },
    zh: {
      acknowledge: '应用突然闪退确实很影响使用，尤其是在通话中，非常抱歉。',
      doing: '工程师正在排查这次闪退的原因。',
      tryNow: '如果再次出现，方便的话录一段闪退前的屏幕，能帮我们更快找到原因。',
    },
  },
  feature: {
    en: {
      acknowledge:
        "Sorry that this feature isn't working the way it should. We know it matters to how you and your users " +
        'look and feel on camera.',
      doing: "We're checking this feature on our side now.",
      tryNow: "In the meantime, it's worth restarting the app once to see whether the feature comes back.",
    },
    zh: {
      acknowledge: '功能没有正常工作，确实影响使用体验，非常抱歉。',
      doing: '我们正在检查这个功能的情况。',
      tryNow: '在此期间，可以先试试重启一下应用，看功能是否恢复。',
    },
  },
  compatibility: {
    en: {
      acknowledge:
        'Sorry this is happening on your device. We want the app to work well on every phone your users have.',
      doing: "We're checking how the app behaves on that model and system version now.",
      tryNow:
        'If you have another device nearby, letting us know whether it happens there too helps us narrow it down.',
    },
    zh: {
      acknowledge: '在您的设备上出现这样的问题，非常抱歉，我们希望应用在每一款手机上都能好用。',
      doing: '我们正在检查应用在该机型和系统版本上的表现。',
      tryNow: '如果手边有其他设备，告诉我们在那台设备上是否也会出现，能帮我们更快缩小范围。',
    },
  },
  other: {
    en: {
      acknowledge: "Thanks for telling us about this, and I'm sorry for the trouble.",
      doing: "We're looking into it now.",
      tryNow: 'If there is anything else you noticed, such as when it started, feel free to add it here.',
    },
    zh: {
      acknowledge: '感谢您告诉我们，给您带来困扰非常抱歉。',
      doing: '我们正在跟进处理。',
      tryNow: '如果还注意到其他情况，比如从什么时候开始的，也欢迎在这里补充。',
    },
  },
};

export const FOLLOW_UP_QUESTIONS: Record<FollowUpTopic, Record<Language, string>> = {
  scenario: {
    en: 'What kind of session was it: a 1-on-1 call, live co-hosting, or a voice room?',
    zh: '请问是在什么场景下出现的：一对一通话、直播连麦，还是语音房？',
  },
  network: {
    en: 'Were you on Wi-Fi or mobile data (4G/5G), and at home or out and about?',
    zh: '当时用的是 Wi-Fi 还是 4G/5G？在家里还是在外面？',
  },
  device: {
    en: 'Which phone or computer was it, and which system version (for example iPhone 13, iOS 17)?',
    zh: '方便告诉我们手机型号和系统版本吗（例如 iPhone 13、iOS 17）？',
  },
  place: {
    en: 'Were you at home, at the office, or out and about when it happened?',
    zh: '当时是在家里、公司，还是在外面？',
  },
  os: {
    en: 'Which system version is the device on (for example iOS 17 or Android 14)?',
    zh: '方便告诉我们设备的系统版本吗（例如 iOS 17、Android 14）？',
  },
  timeAndRegion: {
    en: 'Roughly when did it happen, and in which city or region?',
    zh: '大概是什么时间发生的？在哪个城市或地区？',
  },
  time: {
    en: 'Roughly when did it happen (date and time)?',
    zh: '大概是什么时间发生的（日期和时间）？',
  },
  region: {
    en: 'Which city or region were the people on the call in?',
    zh: '通话双方当时在哪个城市或地区？',
  },
  callId: {
    en: 'If you have it, the call or channel ID, so we can pull up that exact call.',
    zh: '如果方便，请提供通话 ID 或频道名，我们可以直接查到这次通话的数据。',
  },
};

/** When the customer hears from us next, by priority: a promise about an update, never about the fix. */
export const NEXT_UPDATE: Record<Priority, Record<Language, string>> = {
  urgent: {
    en: "We'll update you here within 30 minutes, even if we're still investigating.",
    zh: '我们会在 30 分钟内在这里给您更新进展，即使还在排查中也会告诉您。',
  },
  high: {
    en: "We'll update you here within 1 hour, even if we're still investigating.",
    zh: '我们会在 1 小时内在这里给您更新进展，即使还在排查中也会告诉您。',
  },
  medium_high: {
    en: "We'll update you here within 2 hours, even if we're still investigating.",
    zh: '我们会在 2 小时内在这里给您更新进展，即使还在排查中也会告诉您。',
  },
  medium: { en: "We'll update you here within 4 hours.", zh: '我们会在 4 小时内在这里给您更新进展。' },
  medium_low: { en: "We'll update you here within 1 business day.", zh: '我们会在 1 个工作日内在这里给您更新进展。' },
};

export const ASK_INTRO: Record<Language, string> = {
  en: 'To find the cause faster, could you tell us:',
  zh: '为了更快找到原因，方便的话请告诉我们：',
};

export const THANKS_FOR_DETAILS: Record<Language, string> = {
  en: 'Thank you for the details, they help a lot.',
  zh: '感谢您提供的信息，对我们排查很有帮助。',
};

export const QUALITY_INTRO: Record<Language, string> = {
  en: 'We looked at that call:',
  zh: '我们查看了这次通话的情况：',
};
