import type { ToneRule } from '../../src/domain/tone.js';

/**
 * Realistic phrases an agent or a model writes, in Chinese and English, with the exact set of rules the
 * tone check must raise on each ([] = must pass clean). `seed` marks the pitfall sentences quoted in the
 * seed articles (/work/shared/seeds) and the replies the articles recommend.
 */
export interface ToneCase {
  text: string;
  rules: ToneRule[];
  seed?: true;
}

const B: ToneRule[] = ['blame'];
const O: ToneRule[] = ['overpromise'];
const A: ToneRule[] = ['apology_without_action'];
const J: ToneRule[] = ['jargon'];
const CLEAN: ToneRule[] = [];

export const TONE_TABLE: ToneCase[] = [
  // --- the seed's pitfalls, word for word ---
  { text: '这不是我们的问题，是您网络不好。', rules: B, seed: true },
  { text: '您设备太老了，该换手机了。', rules: B, seed: true },
  { text: '您是不是操作错了？', rules: B, seed: true },
  { text: '好的，我们已经记录下来了，会尽快处理', rules: A, seed: true },
  { text: '好的，我们记录一下', rules: A, seed: true },
  { text: '您检查一下网络', rules: A, seed: true },
  { text: '您放心，我们马上派人去处理，三个小时一定给您解决。', rules: O, seed: true },
  { text: '这个肯定是我们的问题，下次升级一定优先修好。', rules: O, seed: true },
  { text: '我们给您申请VIP补偿，您放心绝对满意。', rules: O, seed: true },
  // --- blame ---
  { text: 'This is not our problem, your network is just bad.', rules: B },
  { text: 'Your network is bad, so the call drops.', rules: B },
  { text: 'Honestly your phone is too old for HD video.', rules: B },
  { text: "It's your fault for using a VPN.", rules: B },
  { text: 'The problem is on your end, not ours.', rules: B },
  { text: 'Your internet connection is really poor right now.', rules: B },
  { text: 'Your Wi-Fi is the problem here.', rules: B },
  { text: "You're using it wrong.", rules: B },
  { text: 'You need to get a new phone.', rules: B },
  { text: 'That has nothing to do with us.', rules: B },
  { text: "It's not our fault.", rules: B },
  { text: 'You must have configured the SDK wrong.', rules: B },
  { text: "Your phone model is outdated, that's why it lags.", rules: B },
  { text: 'We checked and your connection was way too slow during the call.', rules: B },
  { text: 'This is not a server issue but your network is unstable.', rules: B },
  { text: '您网络不好，所以会卡。', rules: B },
  { text: '你的手机太旧了，建议换一台。', rules: B },
  { text: '这是您自己的问题，和我们无关。', rules: B },
  { text: '您操作不当导致闪退。', rules: B },
  { text: '你们那边网速太慢了。', rules: B },
  { text: '跟我们没关系，是你们自己配置的问题。', rules: B },
  { text: '这个问题属于用户那边的原因。', rules: B },
  { text: '您的WiFi信号太差了。', rules: B },
  { text: '服务端一切正常，是您那边的问题。', rules: B },
  { text: '您肯定设置错了，请重新看一下文档。', rules: B },
  // --- over-promising ---
  { text: 'We guarantee this will be fixed today.', rules: O },
  { text: "It'll be fixed within 3 hours for sure.", rules: O },
  { text: 'This will never happen again.', rules: O },
  { text: "We'll give you a refund for this month.", rules: O },
  { text: 'We will definitely fix it.', rules: O },
  { text: "Don't worry, we'll have it fixed by tomorrow.", rules: O },
  { text: 'I promise the next release fixes this.', rules: O },
  { text: "We'll credit your account with a free month.", rules: O },
  { text: "We'll compensate you for the downtime.", rules: O },
  { text: "I'm 100% sure this update resolves it.", rules: O },
  { text: 'It will be resolved within 2 hours, guaranteed.', rules: O },
  { text: '我们保证明天之前修复。', rules: O },
  { text: '3小时内一定解决。', rules: O },
  { text: '我们会给您补偿。', rules: O },
  { text: '以后不会再出现这种情况。', rules: O },
  { text: '马上就能修好，您稍等。', rules: O },
  { text: '今晚之前肯定能恢复正常。', rules: O },
  { text: '我向您保证不会再掉线了。', rules: O },
  { text: '两个小时内就能修复。', rules: O },
  // --- apology or holding line without action, vague advice ---
  { text: 'Sorry about that.', rules: A },
  { text: 'We apologize for the inconvenience caused.', rules: A },
  { text: 'Sorry, we will look into it as soon as possible.', rules: A },
  { text: "We've noted your feedback and will get back to you soon.", rules: A },
  { text: 'Please check your network and try again.', rules: A },
  { text: '非常抱歉给您带来不便。', rules: A },
  { text: '不好意思，我们会尽快给您答复。', rules: A },
  { text: '抱歉，这边已经反馈给技术了。', rules: A },
  // --- jargon ---
  { text: 'The RTT was high and jitter spiked.', rules: J },
  { text: 'It looks like a codec negotiation issue with NACK disabled.', rules: J },
  { text: 'We suspect the TURN server and the SFU.', rules: J },
  { text: '您那边的丢包率和抖动都比较高。', rules: J },
  { text: '码率和帧率都掉下来了。', rules: J },
  {
    text: '我看了您刚才的通话记录，当时您的网络抖动确实比较大，丢包率达到了百分之八。',
    rules: J,
    seed: true,
  },
  // --- more than one pitfall ---
  { text: 'Sorry, your network is bad.', rules: ['blame', 'apology_without_action'] },
  // Someone (我们) and a time (今天) follow the apology: a step, if a rash one, judged as over-promising.
  { text: '非常抱歉，我们保证今天修好。', rules: ['overpromise'] },
  { text: '非常抱歉，我们保证以后不会再出现。', rules: ['overpromise', 'apology_without_action'] },
  { text: 'Your phone is too old, but we guarantee a fix in 2 hours.', rules: ['blame', 'overpromise'] },
  // --- what agents really write, which must pass ---
  {
    text: "Sorry for the trouble. We're checking the records of your calls now and will update you by 15:00.",
    rules: CLEAN,
  },
  {
    text:
      "I'm sorry the calls keep dropping. Our engineers are looking into it and we'll update you here " +
      'within 1 hour.',
    rules: CLEAN,
  },
  { text: 'We cannot promise an exact fix time yet, but we will update you within 2 hours.', rules: CLEAN },
  {
    text: "If your network is unstable at times, switching to Wi-Fi may help; we're also checking our side today.",
    rules: CLEAN,
  },
  {
    text: 'We looked at that call: about 8 in every 100 pieces of sound and picture did not arrive in time.',
    rules: CLEAN,
  },
  { text: 'The bitrate (how much picture data is sent each second) dropped sharply at 21:05.', rules: CLEAN },
  { text: 'Thanks for the details! We will share what we find tomorrow morning.', rules: CLEAN },
  { text: 'We will check whether the network is the cause.', rules: CLEAN },
  {
    text: "It's not your fault at all; we're looking into our servers now and will update you within 1 hour.",
    rules: CLEAN,
  },
  { text: "We'll check whether your Wi-Fi or our servers are the cause, and update you by 17:00.", rules: CLEAN },
  { text: 'When the network is weak, the app lowers the picture quality to keep the call going.', rules: CLEAN },
  {
    text:
      'Could you tell us which phone model you were using? Older models sometimes struggle with HD video, ' +
      'so this helps us check.',
    rules: CLEAN,
  },
  {
    text:
      "Switching from mobile data to Wi-Fi often helps; we're also checking our side now and will reply " +
      'within 30 minutes.',
    rules: CLEAN,
  },
  { text: "We can't guarantee a fix time, but our engineers are on it and we'll update you at 18:00.", rules: CLEAN },
  {
    text:
      "I can't promise it won't happen again, but we've added monitoring for your channel and will report " +
      'back tomorrow.',
    rules: CLEAN,
  },
  {
    text:
      "I'm afraid we can't offer refunds for this, but we are checking the call records now and will " +
      'update you within 2 hours.',
    rules: CLEAN,
  },
  {
    text: "Thanks for your patience. We've pulled the logs for call 8842 and will update you within 1 hour.",
    rules: CLEAN,
  },
  {
    text: "We're sorry — our engineers are investigating the dropped calls now and we'll update you here by 16:30.",
    rules: CLEAN,
  },
  { text: "We'll have our engineers look into the drops today and send you an update by 18:00.", rules: CLEAN },
  {
    text:
      "Please try switching to Wi-Fi and restarting the app; meanwhile we're checking the call records and " +
      'will update you within 2 hours.',
    rules: CLEAN,
  },
  { text: 'Is your network Wi-Fi or mobile data, and were you at home or outside?', rules: CLEAN },
  {
    text:
      "Your connection looked fine in the call records, so we're checking our servers now and will update " +
      'you within 1 hour.',
    rules: CLEAN,
  },
  {
    text:
      'To rule out the network, could you try the same call on Wi-Fi? We are checking our servers ' +
      'meanwhile and will update you within 1 hour.',
    rules: CLEAN,
  },
  { text: 'We tested the fix today and it held up; we will confirm with you by 17:00.', rules: CLEAN },
  { text: '非常抱歉给您带来不便，我们正在排查，会在 30 分钟内给您更新进展。', rules: CLEAN },
  { text: '我们无法保证具体的修复时间，但会在今天 18:00 前告诉您进展。', rules: CLEAN },
  { text: '如果网络不稳定，可以试试切换到 Wi-Fi，我们也在检查服务端的情况。', rules: CLEAN },
  { text: '不是您的问题，我们正在排查服务端。', rules: CLEAN },
  { text: '这不是您的问题，是我们服务器那边出了故障，工程师正在处理，1 小时内给您更新。', rules: CLEAN },
  {
    text: '我理解您的感受，出现这种情况确实很影响体验。您方便跟我说说具体的操作场景吗？我们一起来看看问题出在哪里。',
    rules: CLEAN,
    seed: true,
  },
  { text: '请问您是在什么场景下遇到这个情况的？是视频通话还是直播连麦？', rules: CLEAN, seed: true },
  { text: '方便问一下您当时是在家里还是外面，网络环境怎么样？', rules: CLEAN, seed: true },
  { text: '您是用什么设备操作的？手机型号是什么？', rules: CLEAN, seed: true },
  { text: '我这边已经帮您加了急，技术同事会在两小时内联系您。', rules: CLEAN, seed: true },
  {
    text: '这个问题我已经记录在我们的BUG跟踪系统里了，工单号是XXX，您可以随时查到处理进度。',
    rules: CLEAN,
    seed: true,
  },
  { text: '我建议您可以先尝试一下切换到稳定的WiFi环境，我先教您怎么操作。', rules: CLEAN, seed: true },
  {
    text: '您反馈的这个问题我们一直在关注，实际上在弱网环境下，目前行业内各家都会面临类似的挑战。我们也在持续优化算法，争取在同样的网络条件下给您更好的体验。',
    rules: CLEAN,
    seed: true,
  },
  { text: '我们不能保证具体什么时候修好，但会在 1 小时内给您更新进展。', rules: CLEAN },
  { text: '这次不涉及补偿，我们会在今天 18:00 前给您排查结论。', rules: CLEAN },
  { text: '收到，我们已经安排工程师排查，今天 17:00 前给您答复。', rules: CLEAN },
  { text: '辛苦您提供这些信息，我们正在根据通话 ID 查看数据，1 小时内给您同步结论。', rules: CLEAN },
  { text: '如果您的网络不稳定，可以先切到 Wi-Fi 试试，我们这边也在同步排查。', rules: CLEAN },
  { text: '我们会检查是否是网络导致的，并在 2 小时内回复您。', rules: CLEAN },
  { text: '我们查到服务器在 21:05 有一次波动，已经处理，后续会持续观察。', rules: CLEAN },
  { text: '为了保证通话质量，建议在 Wi-Fi 环境下使用，我们也在检查服务端。', rules: CLEAN },
  { text: '这绝对不是您的问题，我们正在排查，今晚 9 点前给您答复。', rules: CLEAN },
  { text: '请检查一下网络是否切换到了 Wi-Fi，我们这边也在查看通话记录，30 分钟内回复您。', rules: CLEAN },
  { text: '我们一定会认真跟进，2 小时内给您更新排查进展。', rules: CLEAN },
  { text: '我们正在查看编码参数，会在 1 小时内给您更新解决进展。', rules: CLEAN },
  // --- phrases first written to check the rules on text they had not seen, kept here once they passed ---
  { text: 'Looks like your WiFi is the culprit here.', rules: B },
  { text: 'Your router is probably the problem.', rules: B },
  { text: 'The lag is because of your slow internet.', rules: B },
  { text: "That's a problem on your side, not ours.", rules: B },
  { text: "Your device simply can't handle HD calls.", rules: B },
  { text: '您这边网络环境太差了，我们也没办法。', rules: B },
  { text: '这是用户自己网络的问题。', rules: B },
  { text: '您手机配置太低了，带不动高清。', rules: B },
  { text: '应该是您自己设置的问题。', rules: B },
  { text: '我们这边一切正常，问题在您那边。', rules: B },
  { text: "You probably didn't update the SDK.", rules: B },
  { text: 'You must have installed the wrong build.', rules: B },
  { text: "We'll have this fixed by end of day, promise.", rules: O },
  { text: 'Rest assured, it will be resolved in 30 minutes.', rules: O },
  { text: "We're giving you a full refund.", rules: O },
  { text: '我们承诺今天一定修复。', rules: O },
  { text: '半小时内就能搞定。', rules: O },
  { text: '我们会给您退款。', rules: O },
  { text: '这种情况以后再也不会发生了。', rules: O },
  { text: "I can assure you this won't happen again.", rules: O },
  { text: 'No doubt the next update will fix it.', rules: O },
  { text: '保证让您满意。', rules: O },
  { text: 'Apologies for the trouble.', rules: A },
  { text: '很抱歉，给您添麻烦了。', rules: A },
  { text: "Thanks, we've logged it.", rules: A },
  { text: '已收到，我们会尽快处理。', rules: A },
  {
    text: "We're sorry about the dropped calls. Our team is checking the server logs now and will reply by 14:00.",
    rules: CLEAN,
  },
  {
    text:
      "Could you check whether the app has permission to use the microphone? We'll look at the call " +
      'data meanwhile and update you within 1 hour.',
    rules: CLEAN,
  },
  { text: '抱歉让您久等了，工程师正在查看日志，今天 16:00 前给您回复。', rules: CLEAN },
  { text: '如果方便的话，请把手机型号和系统版本发给我们，我们好进一步排查。', rules: CLEAN },
  {
    text:
      "We don't think your network is the issue; our servers had a spike at 21:05, and we'll share " +
      'details by 18:00.',
    rules: CLEAN,
  },
  { text: '您的网络没有问题，是我们服务器的原因，正在修复，1 小时内更新进展。', rules: CLEAN },
  { text: 'We have escalated this to our engineers and will update you at 15:30.', rules: CLEAN },
  { text: '感谢反馈，我们已经安排工程师排查，2 小时内给您答复。', rules: CLEAN },
  { text: 'Some older phones struggle with HD video; could you tell us your model so we can check?', rules: CLEAN },
  {
    text:
      "Refund requests go through your account manager; meanwhile we're checking the call and will " +
      'update you within 2 hours.',
    rules: CLEAN,
  },
  { text: '我们会持续关注，明天上午 10 点前给您反馈。', rules: CLEAN },
  {
    text: "Please try restarting the app; we're also checking our side and will get back to you by 17:00.",
    rules: CLEAN,
  },
  // --- a second set, first measured on rules that had not seen it, kept here once they passed ---
  { text: 'Honestly, your Wi-Fi connection is way too weak for video.', rules: B },
  { text: 'The stutter comes from your network, not from us.', rules: B },
  { text: "Frankly, that's on you: you skipped the setup guide.", rules: B },
  { text: 'Your handset is too old to run the new SDK.', rules: B },
  { text: 'You configured the audio settings incorrectly.', rules: B },
  { text: "Our servers are fine, it's your ISP.", rules: B },
  { text: '你们自己的网络不稳定，跟我们没关系。', rules: B },
  { text: '您的手机太老了，建议换新机。', rules: B },
  { text: '是您那边操作有误导致的。', rules: B },
  { text: '您用的设备性能不够。', rules: B },
  { text: '这个是客户端自己的问题，不是我们的。', rules: B },
  { text: '你的网太卡了。', rules: B },
  { text: 'We will 100% resolve this by tomorrow.', rules: O },
  { text: "Don't worry, you'll get a discount on next month's invoice.", rules: O },
  { text: 'It will definitely work after the update.', rules: O },
  { text: "I promise you'll never see this error again.", rules: O },
  { text: 'Engineers will have it fixed within the hour.', rules: O },
  { text: '我们一定会在今晚之前彻底解决。', rules: O },
  { text: '我们会赔偿您这次的损失。', rules: O },
  { text: '放心，明天就能恢复。', rules: O },
  { text: '我向您承诺，今后不会再出现卡顿。', rules: O },
  { text: '两天内肯定修好。', rules: O },
  { text: 'Sorry for any inconvenience this may have caused.', rules: A },
  { text: 'We apologise, and we will look into it soon.', rules: A },
  { text: '对不起，给您造成困扰了。', rules: A },
  { text: '好的，我们会尽快跟进。', rules: A },
  { text: 'The packet loss rate was 12% and RTT was 400 ms.', rules: J },
  { text: '看起来是码率自适应的问题。', rules: J },
  {
    text: "Sorry to hear the video froze. We're reviewing the call logs now and will update you by " + '11:00.',
    rules: CLEAN,
  },
  {
    text: 'Thanks for flagging this. Our engineers are reproducing it and will report back within 2 ' + 'hours.',
    rules: CLEAN,
  },
  {
    text:
      "If the problem shows up only on mobile data, please let us know; we're checking our regional " +
      'servers in the meantime.',
    rules: CLEAN,
  },
  { text: 'Could you share the channel name and the rough time? That lets us pull up the exact call.', rules: CLEAN },
  {
    text:
      "We found a server issue in Singapore around 20:40 and are working on it; we'll update you here " + 'at 22:00.',
    rules: CLEAN,
  },
  { text: "We can't say yet what caused it, but we will update you within 1 hour with what we find.", rules: CLEAN },
  { text: '很抱歉通话中断了，我们正在排查服务器日志，30 分钟内给您更新。', rules: CLEAN },
  { text: '请问出问题时是 Wi-Fi 还是 4G？方便的话也告诉我们手机型号。', rules: CLEAN },
  { text: '我们已经把问题升级给工程师，今天下班前给您答复。', rules: CLEAN },
  { text: '如果您那边方便，可以先重启一下应用试试，我们同时在查看服务端数据。', rules: CLEAN },
  { text: '这不是您的操作问题，是我们的一个已知故障，工程师正在处理，1 小时内更新。', rules: CLEAN },
  { text: '目前还无法确定修复时间，我们会在今天 18:00 前同步进展。', rules: CLEAN },
  {
    text:
      'Older Android versions sometimes need a permission reset; we are checking the logs too and ' +
      'will reply by 15:00.',
    rules: CLEAN,
  },
  { text: '感谢您的耐心，我们已经定位到原因，正在验证修复方案，明天上午给您同步结果。', rules: CLEAN },
];
