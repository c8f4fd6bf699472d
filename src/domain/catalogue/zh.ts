import type { Catalogue } from './types.js';

/** Simplified Chinese (stored as 'zh'). */
export const zh: Catalogue = {
  name: '简体中文',
  direction: 'ltr',
  sentenceGap: '',
  fullStop: '。',
  category: {
    connectivity: '连接问题（掉线、无法接通）',
    av_quality: '音视频质量（卡顿、延迟、模糊、回声）',
    crash: '应用崩溃/闪退',
    feature: '功能异常（美颜、滤镜、录屏）',
    compatibility: '特定机型/系统问题',
    other: '一般问题',
  },
  receipt: {
    body:
      '您好，已收到您的反馈，给您带来不便非常抱歉。我们已为您创建工单 *{ticket}*（{problem}）。{files}\n' +
      '支持同事会{when}在这个帖子里回复您。如果方便，可以在此补充通话 ID 或频道名、发生的时间，便于我们更快查到这次通话的情况。',
    fileOne: '我们已收到您发来的{file}。',
    fileMany: '我们已收到您发来的 {count} 个文件。',
    soon: '尽快',
    within: '{span}内',
    by: '在 {date} 前',
  },
  attachment: {
    screenshot: '截图',
    image: '图片',
    screen_recording: '录屏',
    video: '视频',
    audio: '录音',
    log: '日志文件',
    document: '文档',
    file: '文件',
  },
  draft: {
    phrases: {
      connectivity: {
        acknowledge: '通话频繁中断确实很影响使用，尤其是聊到一半被打断，非常抱歉给您带来这样的体验。',
        doing: '我们已经把问题转给工程师，正在查看您这几次通话的连接记录。',
        tryNow: '在我们回复之前如果再次遇到，可以试试在 Wi-Fi 和移动数据之间切换一下，通常能帮助通话重新连上。',
      },
      av_quality: {
        acknowledge: '画面和声音卡顿确实让人很着急，看不清、听不清都会影响交流，非常抱歉。',
        doing: '我们正在查看您这几次通话的质量记录，找出画面或声音在哪个环节受到了影响。',
        tryNow: '在此期间，通话时关闭其他占用网络的应用，可能会有所改善。',
      },
      crash: {
        acknowledge: '应用突然闪退确实很影响使用，尤其是在通话中，非常抱歉。',
        doing: '工程师正在排查这次闪退的原因。',
        tryNow: '如果再次出现，方便的话录一段闪退前的屏幕，能帮我们更快找到原因。',
      },
      feature: {
        acknowledge: '功能没有正常工作，确实影响使用体验，非常抱歉。',
        doing: '我们正在检查这个功能的情况。',
        tryNow: '在此期间，可以先试试重启一下应用，看功能是否恢复。',
      },
      compatibility: {
        acknowledge: '在您的设备上出现这样的问题，非常抱歉，我们希望应用在每一款手机上都能好用。',
        doing: '我们正在检查应用在该机型和系统版本上的表现。',
        tryNow: '如果手边有其他设备，告诉我们在那台设备上是否也会出现，能帮我们更快缩小范围。',
      },
      other: {
        acknowledge: '感谢您告诉我们，给您带来困扰非常抱歉。',
        doing: '我们正在跟进处理。',
        tryNow: '如果还注意到其他情况，比如从什么时候开始的，也欢迎在这里补充。',
      },
    },
    followUp: {
      scenario: '请问是在什么场景下出现的：一对一通话、直播连麦，还是语音房？',
      network: '当时用的是 Wi-Fi 还是 4G/5G？在家里还是在外面？',
      device: '方便告诉我们手机型号和系统版本吗（例如 iPhone 13、iOS 17）？',
      place: '当时是在家里、公司，还是在外面？',
      os: '方便告诉我们设备的系统版本吗（例如 iOS 17、Android 14）？',
      timeAndRegion: '大概是什么时间发生的？在哪个城市或地区？',
      time: '大概是什么时间发生的（日期和时间）？',
      region: '通话双方当时在哪个城市或地区？',
      callId: '如果方便，请提供通话 ID 或频道名，我们可以直接查到这次通话的数据。',
    },
    nextUpdate: {
      urgent: '我们会在 30 分钟内在这里给您更新进展，即使还在排查中也会告诉您。',
      high: '我们会在 1 小时内在这里给您更新进展，即使还在排查中也会告诉您。',
      medium_high: '我们会在 2 小时内在这里给您更新进展，即使还在排查中也会告诉您。',
      medium: '我们会在 4 小时内在这里给您更新进展。',
      medium_low: '我们会在 1 个工作日内在这里给您更新进展。',
    },
    askIntro: '为了更快找到原因，方便的话请告诉我们：',
    thanksForDetails: '感谢您提供的信息，对我们排查很有帮助。',
    qualityIntro: '我们查看了这次通话的情况：',
  },
  quality: {
    frozeOnce: '画面停顿了 1 次，约 {seconds} 秒',
    froze: '画面停顿了 {count} 次，共约 {seconds} 秒',
    lost: '大约每 100 份画面和声音数据中有 {percent} 份没有及时送达',
    late: '声音和画面到达的时间比平时晚（约 {seconds} 秒）',
    join: '；',
    steady: '这次通话记录中的网络传输整体是平稳的，我们会继续从其他方面排查。',
    ourSide: '问题主要出现在我们的服务器一侧，我们正在处理。',
    oneSide: '波动主要出现在通话一方的网络上，这在移动网络或信号较弱时很常见。',
  },
  closing: {
    body: '工单 {ticket} 已处理完毕。感谢您的耐心！如果问题再次出现，直接在这个帖子里回复，我们会马上跟进。',
    ratePrompt: '这次的处理您满意吗？',
    rated: '感谢您的评价（{rating}/5）！',
    ratingNotYours: '感谢您的关注！这个工单只能由提出问题的客户或其团队成员评价，所以这次点击没有计入。',
    ratingElsewhere: '抱歉，这次评价无法对应到该工单。请使用该工单结束消息中的按钮进行评价。',
  },
  closingNote: {
    where: {
      customer_network: '我们排查后发现，这次的问题与通话途经的网络有关',
      customer_device: '我们排查后发现，问题与应用在该设备或系统版本上的运行情况有关',
      our_service: '我们排查后发现，问题出在我们这边',
      customer_config: '我们排查后发现，问题与集成中的一项设置有关',
      not_found: '我们排查后没有发现任何一方存在故障',
    },
    withCause: '{where}（{cause}）。',
    helped: '解决办法',
    weDid: '我们的处理',
    suggest: '如果再次出现，建议',
    fix: '{lead}：{fix}',
  },
  problemUpdate: {
    opening: '关于您反馈的问题（工单 {ticket}），向您同步一下进展：',
    fixed: '我们已经查明了问题的原因，并在我们这边完成了修复。',
    found: '我们已经查明了问题的原因，并已处理。',
    what: '我们做了这些：',
    next: '方便的时候请再试一次通话。如果仍有不对的地方，直接在这里回复，我们会马上跟进。',
    thanks: '感谢您的反馈，也感谢您在我们处理期间的耐心。',
  },
  incidentUpdate:
    '关于您反馈的问题（工单 {ticket}），向您同步一下进展：' +
    '目前也有其他客户遇到了同样的问题，我们的工程师正在处理。您暂时不需要做任何操作。' +
    '我们会{when}在这里向您同步下一次进展；如果问题提前解决，会第一时间告诉您。',
};
