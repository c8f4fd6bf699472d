import { describe, expect, it } from 'vitest';
import { checkTone, hasSerious, type ToneRule } from '../../src/domain/tone.js';
import { TONE_TABLE } from './tone-table.js';
import { disclaimsPromises, notBlameByExample } from '../../src/domain/tone-pitfalls.js';

/** The pitfalls the rules alone find in a reply, each once. */
const rulesFind = (text: string) => [...new Set(checkTone(text, undefined, { reader: null }).map((f) => f.rule))];

const rulesOf = (text: string) => [...new Set(checkTone(text).map((f) => f.rule))].sort();

describe('tone check phrase table', () => {
  it.each(TONE_TABLE.map((c) => [c.text, c.rules] as const))('%j → %j', (text, rules) => {
    expect(rulesOf(text)).toEqual([...rules].sort());
    for (const f of checkTone(text)) expect(f.explanation.length).toBeGreaterThan(20);
  });

  it('is large, bilingual and two-sided, and holds every pitfall sentence of the seed articles', () => {
    const zh = TONE_TABLE.filter((c) => /[\u4e00-\u9fff]/.test(c.text));
    const flagged = TONE_TABLE.filter((c) => c.rules.length > 0);
    expect(TONE_TABLE.length).toBeGreaterThanOrEqual(80);
    expect(zh.length).toBeGreaterThanOrEqual(30);
    expect(TONE_TABLE.length - zh.length).toBeGreaterThanOrEqual(30);
    expect(flagged.length).toBeGreaterThanOrEqual(30);
    expect(TONE_TABLE.length - flagged.length).toBeGreaterThanOrEqual(30);
    const texts = TONE_TABLE.map((c) => c.text);
    for (const pitfall of [
      '这不是我们的问题，是您网络不好。',
      '您设备太老了，该换手机了。',
      '您是不是操作错了？',
      '好的，我们已经记录下来了，会尽快处理',
      '您放心，我们马上派人去处理，三个小时一定给您解决。',
      '这个肯定是我们的问题，下次升级一定优先修好。',
      '我们给您申请VIP补偿，您放心绝对满意。',
    ])
      expect(texts).toContain(pitfall);
  });

  it('marks blame, over-promises and untrusted links serious, apologies and jargon warnings', () => {
    expect(hasSerious(checkTone('Your network is bad.'))).toBe(true);
    expect(hasSerious(checkTone('We guarantee a fix.'))).toBe(true);
    expect(hasSerious(checkTone('Sorry about that.'))).toBe(false);
    expect(hasSerious(checkTone('High RTT on that call.'))).toBe(false);
    expect(hasSerious(checkTone('See <https://evil.example|our status page>.'))).toBe(true);
  });

  it('points at the words that triggered it', () => {
    const [finding] = checkTone('OK so your phone is too old.');
    expect(finding).toMatchObject({ rule: 'blame', excerpt: 'your phone is too old' });
  });
});

describe('negation and condition stay inside their clause', () => {
  it.each([
    ['This is not our problem, your network is just bad.', ['blame']],
    ["We don't blame you, but your network is bad.", ['blame']],
    ["It's not that your network is bad.", []],
    ['If your network is bad, try Wi-Fi; we are checking too and will update you within 1 hour.', []],
    ['不是您的问题', []],
    ['这不是我们的问题，是您网络不好', ['blame']],
    ['如果您网络不好，可以先切换到 Wi-Fi。', []],
    ['我们无法保证修复时间。', []],
    ['我们无法确认，但三个小时一定给您解决。', ['overpromise']],
  ] as Array<[string, ToneRule[]]>)('%j → %j', (text, rules) => {
    expect(rulesOf(text)).toEqual(rules);
  });
});

describe('links and mentions the agent did not write', () => {
  const conversation = [
    { role: 'customer', text: 'It froze, see <https://files.example/shot.png|screenshot> cc <@U0CUSTOMER>' },
    { role: 'agent', text: 'Our status page is https://status.acme.example/ for updates.' },
  ];

  it('flags every link and mention in a drafted reply, except those agents already sent', () => {
    const reply =
      'Thanks. <!channel> please look: <https://evil.example/login|our status page>, www.evil.example, ' +
      '@here and <@U0CUSTOMER>. Status: <https://status.acme.example|status page>.';
    const findings = checkTone(reply, { writtenBy: 'drafter', conversation });
    expect(findings.filter((f) => f.rule === 'untrusted_link').map((f) => f.excerpt)).toEqual([
      '<!channel>',
      '<https://evil.example/login|our status page>',
      '<@U0CUSTOMER>',
      'www.evil.example',
      '@here',
    ]);
    expect(findings.every((f) => f.rule !== 'untrusted_link' || f.severity === 'serious')).toBe(true);
  });

  it('flags, in an agent edit, only what was carried over from the draft or the customer', () => {
    const editedFrom = 'See <https://evil.example/login|here> for help.';
    const text =
      'See <https://evil.example/login|here>, the screenshot https://files.example/shot.png, ' +
      'and our docs https://docs.acme.example/rtc.';
    const findings = checkTone(text, { writtenBy: 'agent', conversation, editedFrom });
    expect(findings.map((f) => f.excerpt)).toEqual([
      '<https://evil.example/login|here>',
      'https://files.example/shot.png',
    ]);
  });

  it('treats a reply with no context as drafted: any link is flagged', () => {
    expect(checkTone('More at https://example.com/x').map((f) => f.rule)).toEqual(['untrusted_link']);
    expect(checkTone('More at https://example.com/x', { writtenBy: 'agent' })).toEqual([]);
  });
});

describe('hostile replies', () => {
  it('reports a bounded number of findings, each with a short excerpt', () => {
    const pitfalls = 'Your network is bad. We guarantee a refund. '.repeat(500);
    const text = `${pitfalls}${'<https://x.example/'.repeat(10)}${'a'.repeat(3000)}|x>`;
    const findings = checkTone(text);
    expect(findings.length).toBeLessThanOrEqual(12);
    expect(new Set(findings.map((f) => f.rule))).toEqual(new Set(['untrusted_link', 'blame', 'overpromise']));
    for (const f of findings) expect(f.excerpt.length).toBeLessThanOrEqual(80);
  });
});

describe('what the rules were never shown: the sentences that first showed the phrase rules failing', () => {
  it.each([
    // Blame worded politely, softened, or asked as a question.
    ["Have you tried a device from this decade? Older Android phones can't keep up", ['blame']],
    ['The issue is on your side rather than ours', ['blame']],
    ['Could it be that your users are on a weak connection?', ['blame']],
    ['请您先确认一下是不是自己网络的问题', ['blame']],
    ['贵司网络环境不太稳定', ['blame']],
    ['您用的这台红米手机性能不够', ['blame']],
    ['没按文档操作导致的', ['blame']],
    ['我们这边没有任何问题哦', ['blame']],
    // Certainty about an outcome we do not control.
    ["we'll make sure it never happens again", ['overpromise']],
    ['you will never see lag again', ['overpromise']],
    ['肯定优先给您做', ['overpromise']],
    // An apology followed by nothing concrete.
    ['我们深表歉意', ['apology_without_action']],
  ] as Array<[string, ToneRule[]]>)('%j → %j', (text, rules) => {
    expect(rulesOf(text)).toEqual(rules);
  });

  it.each(['Opus', 'CELT', 'kbps', 'encoder', '编码器', 'PLI', 'FIR', 'IDR'])(
    'knows %s as a term to explain',
    (term) => {
      const text = /[\u4e00-\u9fff]/.test(term) ? `当时${term}出了点状况。` : `We looked at the ${term} on that call.`;
      expect(checkTone(text)).toEqual([expect.objectContaining({ rule: 'jargon', excerpt: term })]);
    },
  );

  it.each([
    // A promise to check in is a commitment we can keep.
    "We'll check with you tomorrow morning that the delay is back to normal.",
    "We'll check in with you tomorrow morning to make sure the delay is back to normal.",
    '我们明天上午会跟您确认一下延迟是否恢复正常。',
    // An apology with a real action (and an owner) is not empty.
    "Sorry for the echo. I've asked our media team to replay the call from 14:02.",
    "I'm sorry about the freezes. I've asked our media team to look at the recording of that call.",
    '抱歉出现回声，我已经请音频组的同事回放您 14:02 的那通通话。',
    // A term explained in plain words, in the same sentence or the next.
    'The encoder was overloaded. In plain terms, the part that compresses your video could not keep pace.',
    'The bitrate fell to 300 kbps, in plain terms far less picture data per second than HD needs.',
    '码率降到了 300 kbps，简单说就是每秒传的画面数据太少。',
    '编码器过载了。简单说就是压缩视频的那部分处理不过来。',
  ])('%j passes clean', (text) => {
    expect(checkTone(text)).toEqual([]);
  });
});

describe('a promise declined, and a feeling understood, promise nothing', () => {
  const rulesFind = (text: string) => checkTone(text, undefined, { reader: null }).map((f) => f.rule);

  it('takes back a promise the same sentence declines', () => {
    expect(rulesFind("I'd love to say this can never happen again, but I won't promise that.")).toEqual([]);
    expect(rulesFind('彻底不再出现这个问题，这个我不敢打包票，但我们加了告警。')).not.toContain('overpromise');
    expect(rulesFind('This will never happen again.')).toEqual(['overpromise']);
  });

  it('reads certainty about how they feel as empathy', () => {
    expect(rulesFind('直播没能顺利进行，家属那边一定很难受，工程师小王正在查，下午三点前给您答复。')).toEqual([]);
    expect(rulesFind("I'm sure you're frustrated; the fix will definitely be live by Friday.")).toEqual([
      'overpromise',
    ]);
    expect(rulesFind('明天一定修好。')).toEqual(['overpromise']);
  });
});

describe('their side named and then cleared as the cause is no blame', () => {
  const rulesFind = (text: string) => checkTone(text, undefined, { reader: null }).map((f) => f.rule);

  it('passes a reply that names their side only to clear it', () => {
    for (const text of [
      "Some of your users were on older app versions, but that isn't what caused the missing audio. The bug is in " +
        'our last release and affects every version.',
      'Do your cameras connect over cable or Wi-Fi? Asking so I know which test to run on our side, not because I ' +
        "think that's the cause.",
      '你们有几台设备的系统比较旧，但这并不是问题的原因，问题出在我们上周的版本。',
    ])
      expect(rulesFind(text), text).toEqual([]);
  });

  it('still flags a sentence that clears one thing of theirs and blames another', () => {
    expect(rulesFind('这不是原因，是你们路由器的问题。')).toEqual(['blame']);
    expect(rulesFind('Your network is bad, so the call drops.')).toEqual(['blame']);
  });
});

describe('more ways of explaining a term', () => {
  it.each([
    "I'd suggest turning on simulcast, which simply means the host sends the video in a few sizes at once.",
    'The keyframe interval is how often the stream sends a full picture instead of just the changes.',
    'The video had very few keyframes. Those are full pictures the video needs every few seconds.',
    '关键帧间隔就是直播隔多久发一张完整画面，其余时间只发变化的部分。',
    '定损视频是H.264格式的，这是最常见的视频格式，基本所有手机都能直接打开。',
  ])('%s', (text) => {
    expect(checkTone(text, undefined, { reader: null }).filter((f) => f.rule === 'jargon')).toEqual([]);
  });

  it('still flags a term that a following word only names a part of', () => {
    for (const text of [
      'The RTT values are too high.',
      'H.264 drops are a problem here.',
      'Opus settings are the default.',
    ])
      expect(
        checkTone(text, undefined, { reader: null }).map((f) => f.rule),
        text,
      ).toEqual(['jargon']);
  });
});

describe('shapes seen on the twentieth table', () => {
  const rulesFind = (text: string) => checkTone(text, undefined, { reader: null }).map((f) => f.rule);

  it('reads compensation already given as a step, not a promise', () => {
    expect(rulesFind('抱歉，本月超出的分钟数我已经在账单里给您减免了，研发周五前给您原因。')).toEqual([]);
    expect(
      rulesFind("Sorry for the delay. I've just added 2,000 free minutes to your account to cover the outage."),
    ).toEqual([]);
    expect(rulesFind('We will refund you for this month.')).toEqual(['overpromise']);
  });

  it('knows "a thing of the past" and more feelings understood', () => {
    expect(rulesFind('Once you switch plans, dropped calls will be a thing of the past.')).toEqual(['overpromise']);
    expect(rulesFind('直播间掉了三次，主播和运营肯定都急坏了，我们的工程师正在回放日志，下午三点前同步。')).toEqual([]);
  });

  it('reads "刚看到" as seeing, not as a step, and an emoji adds nothing to a holding line', () => {
    expect(rulesFind('不好意思，刚看到 MOS 分在掉，在查原因。')).toContain('apology_without_action');
    expect(rulesFind('抱歉抱歉，收到，在看了🙏')).toContain('apology_without_action');
  });

  it('reads what we did for them as ours, and our own fault as ours', () => {
    expect(rulesFind('何工建议先关 RED，我们已经在控制台帮贵司关掉了。')).not.toContain('blame');
    expect(checkTone('不是贵司的操作导致的。我们周二下线了一个旧的接入地址，老版本App就连不上了。')).toEqual([]);
  });

  it('reads a definition after a term in code, and "where each …" as an explanation', () => {
    expect(rulesFind('`ERR_JOIN_TIMEOUT` 就是App等了10秒还没进到房间，我们在查登录服务器，9:30前同步。')).toEqual([]);
    expect(
      rulesFind('This came from simulcast, where each camera sends a high- and a low-quality version; fixed at 10:05.'),
    ).toEqual([]);
  });
});

describe('shapes seen on the twenty-first table', () => {
  const rulesFind = (text: string) => checkTone(text, undefined, { reader: null }).map((f) => f.rule);

  it('reads anyone of theirs as the cause, and not a cause of our step or of things working', () => {
    expect(rulesFind('Your riders were on a very old app build, which is why their calls dropped.')).toEqual(['blame']);
    expect(rulesFind('We changed your config, which is why it works now.')).toEqual([]);
    expect(rulesFind('Your team was right, which is why we rolled back our release.')).toEqual([]);
    expect(rulesFind('Your room is routed through our SFU, which explains the lag.')).not.toContain('blame');
  });

  it('reads their people named twice, the trouble tied to theirs, and "not the system by itself"', () => {
    expect(rulesFind('这属于你们学员自己的设备问题。')).toEqual(['blame']);
    expect(rulesFind('画面卡顿跟您店里的路由器有关系。')).toEqual(['blame']);
    expect(rulesFind('这跟您没有关系，是我们的服务器出了故障，工程师在修，四点前同步。')).toEqual([]);
    expect(rulesFind('是值班员手动点了结束，并不是系统自动断的。')).toEqual(['blame']);
    expect(rulesFind('我下午三点再跟你们运维老师确认一下直播是否正常。')).toEqual([]);
  });

  it('reads outcomes for every time to come as promises, not what we will do to keep them informed', () => {
    expect(rulesFind("We've replaced the certificate, so this can't happen again.")).toEqual(['overpromise']);
    expect(rulesFind("Swap the router and you'll never have another frozen class.")).toContain('overpromise');
    expect(rulesFind('From now on every recording will be kept, even if the host closes the tab.')).toEqual([
      'overpromise',
    ]);
    expect(rulesFind('The Sunday stream will play cleanly every week from now on.')).toEqual(['overpromise']);
    expect(rulesFind("From now on we'll send you a weekly report.")).toEqual([]);
    expect(rulesFind('Going forward, the team will review every release with you.')).toEqual([]);
  });

  it('reads what a setting puts first, and refunds listed as done, as no promise', () => {
    expect(rulesFind('我们把模式改成了“流畅优先”，宁可画质低一点，也要保证声音不断。已经生效了。')).toEqual([]);
    expect(rulesFind('我这边做了两件事：本月服务费全额退回，并约了负责人周三上午十点跟您复盘。')).toEqual([]);
  });

  it('takes no step from a time of theirs, a vow, or "escalating internally"', () => {
    expect(rulesFind("So sorry the rehearsal fell apart. I know you can't gather the cast again tomorrow.")).toEqual([
      'apology_without_action',
    ]);
    expect(rulesFind('Sorry about this. We will send you the report tomorrow.')).toEqual([]);
    expect(rulesFind('非常抱歉昨晚的直播卡了！下周的直播一定会很流畅，我保证。')).toEqual([
      'overpromise',
      'apology_without_action',
    ]);
    expect(rulesFind('非常抱歉，我们保证今天修好。')).toEqual(['overpromise']);
    expect(rulesFind('Sorry, that is really bad. Escalating internally.')).toEqual(['apology_without_action']);
  });
});

describe('shapes seen on the twenty-second table', () => {
  const rulesFind = (text: string) => checkTone(text, undefined, { reader: null }).map((f) => f.rule);

  it('reads a term defined in more shapes as explained', () => {
    expect(rulesFind('PLIs are messages a viewer sends to ask for a fresh full picture.')).toEqual([]);
    expect(
      rulesFind('We restarted the SFU at 9:10. An SFU is the server that passes each video on to the room.'),
    ).toEqual([]);
    expect(rulesFind('Jitter, the unevenness in how quickly each piece of sound arrives, went up at noon.')).toEqual(
      [],
    );
    expect(rulesFind('_Simulcast_ means each camera sends two sizes of video; we turned it on at 10:00.')).toEqual([]);
    expect(rulesFind('The SFU is the one that failed last night; we moved you at 8:00.')).toEqual(['jargon']);
  });

  it('reads refunds and waivers promised in the passive or with "also"', () => {
    expect(rulesFind('The extra charges will be credited back on your next invoice.')).toEqual(['overpromise']);
    expect(rulesFind("We'll also waive next month's fee.")).toEqual(['overpromise']);
    expect(rulesFind('Your refund request will be reviewed by billing on Monday.')).toEqual([]);
  });
});

describe('shapes seen on the twenty-third table', () => {
  const rulesFind = (text: string) => checkTone(text, undefined, { reader: null }).map((f) => f.rule);

  it('reads the trouble traced a few words on to theirs, and a hunch about their code', () => {
    expect(rulesFind('The stutter is from your hosts streaming on hotel Wi-Fi.')).toEqual(['blame']);
    expect(rulesFind('The echo lines up exactly with your tutors using laptop speakers.')).toEqual(['blame']);
    expect(rulesFind("It's probably something in how your app handles the mic permission.")).toEqual(['blame']);
    expect(
      rulesFind('Your callers keep the phone on speaker next to the mic; that is where the echo comes from.'),
    ).toEqual(['blame']);
    expect(rulesFind('The fix came from your suggestion, thank you!')).toEqual([]);
    expect(rulesFind("We'll check whether it's something in your setup and update you by 4 pm.")).toEqual([]);
  });

  it('reads institutions addressed as 贵…, coverage, and our platform said to be fine', () => {
    expect(rulesFind('多半是贵校 App 调麦克风的方式有问题。')).toEqual(['blame']);
    expect(rulesFind('掉线的门铃都装在院子外面，是用户家 Wi-Fi 信号不到。')).toEqual(['blame']);
    expect(rulesFind('卡顿的根源在贵司出口，我们平台本身没有问题。')).toContain('blame');
  });

  it('reads a fix given a day as a fact as a promise, and terse English as English', () => {
    expect(rulesFind('Logs received. Patch goes out Friday.')).toEqual(['overpromise']);
    expect(rulesFind('We expect the patch goes out Friday.')).toEqual([]);
    expect(rulesFind('已收到日志，周五发布修复。')).toEqual(['overpromise']);
    expect(rulesFind('如果测试顺利，周五发布修复。')).toEqual([]);
    expect(rulesFind('Salamat po, aayusin namin bukas.')).toEqual([]);
  });

  it('reads a feeling understood, and two more ways of explaining a term', () => {
    expect(
      rulesFind('很抱歉 SDK 又闪退了，开播前遇到这种事肯定特别闹心，我们的工程师正在看日志，三点前同步。'),
    ).toEqual([]);
    expect(rulesFind('Viewers wait for the next keyframe, a full picture the stream sends every two seconds.')).toEqual(
      [],
    );
    expect(rulesFind('Packet loss hit 10%, so about one in ten pieces of the sound never arrived.')).toEqual([]);
    expect(rulesFind('Bitrate was 200 kbps, so one in three calls dropped.')).toContain('jargon');
  });
});

describe('shapes seen on the twenty-fourth and twenty-fifth tables', () => {
  it('reads more promises: a release and a day, a waiver by billing, nothing going wrong, 再也听不到, 肯定没了', () => {
    expect(rulesFind('Found it. Fixed in 3.2.1, out Monday.')).toEqual(['overpromise']);
    expect(rulesFind("I've passed it to billing, and they'll waive the setup fee.")).toEqual(['overpromise']);
    expect(rulesFind("I've asked billing about a refund; they'll reply by Friday.")).toEqual([]);
    expect(rulesFind('An engineer will watch the final live. Nothing will go wrong this time.')).toEqual([
      'overpromise',
    ]);
    expect(rulesFind('缓冲调大了，观众以后再也听不到卡顿的声音了。')).toEqual(['overpromise']);
    expect(rulesFind('研发看过了，明早那场的回声问题肯定没了。')).toEqual(['overpromise']);
    expect(rulesFind('多收的钱周五前一定全额退回您的账户。')).toEqual(['overpromise']);
  });

  it('reads a refund ticket raised as a step, not a promise', () => {
    expect(rulesFind('多扣的费用很抱歉！我已经给财务提了退款工单 #5521，邮件也抄送您了。')).toEqual([]);
  });

  it('reads more explanations of a term', () => {
    expect(rulesFind('Jitter was high on those calls. That just means the sound arrived unevenly.')).toEqual([]);
    expect(rulesFind('RTT, the time it takes data to reach our server and back, was 400 ms for Perth.')).toEqual([]);
    expect(rulesFind('卡顿是因为 jitter buffer 太小——就是先攒一点声音再播放的缓冲区——我们已经调大了。')).toEqual([]);
    expect(rulesFind('关键帧是视频每隔几秒发一次的完整画面，我们已经改成两秒一个。')).toEqual([]);
    expect(rulesFind('码率是我们这边的问题，已经调整。')).toContain('jargon');
  });
});

describe('shapes seen on the twenty-sixth and twenty-seventh tables', () => {
  it('reads short verdicts, a cause traced back to theirs, and suspicion of a habit', () => {
    expect(rulesFind("We tried our defaults and they work. So it's your setup.")).toEqual(['blame']);
    expect(rulesFind('The crash is in your code: the SDK is released twice.')).toEqual(['blame']);
    expect(rulesFind('The missing files go back to the API key your team let expire.')).toEqual(['blame']);
    expect(rulesFind('The echo happens because the speaker your host uses is too loud.')).toEqual(['blame']);
    expect(rulesFind('Is your teacher streaming over café Wi-Fi again?')).toEqual(['blame']);
    expect(rulesFind('Are your hosts streaming over Wi-Fi or a wired connection?')).toEqual([]);
    expect(rulesFind('We rolled back because your team asked us to.')).toEqual([]);
    expect(rulesFind('你们 App 每秒请求五次关键帧，这种请求风暴就是画面卡住的原因。')).toContain('blame');
    // The trouble's own time matching our restart blames no one; their release's time does.
    expect(rulesFind('我们的服务器两点重启了一次，和你们门禁掉线的时间对得上，报告随后发您。')).toEqual([]);
    expect(rulesFind('卡顿的时间和你们发版的时间对得上。')).toEqual(['blame']);
  });

  it('reads more promises and holding lines', () => {
    expect(rulesFind('Switch to the new profile and the stutter is gone, 100%.')).toEqual(['overpromise']);
    expect(rulesFind('这是已知问题，最晚周四修复上线。')).toEqual(['overpromise']);
    expect(rulesFind('收到，同事在处理了。')).toEqual(['apology_without_action']);
    expect(rulesFind('其他客户也反馈了同样的问题，我们正在排查。')).toEqual([]);
  });

  it('reads more explanations of a term', () => {
    expect(
      rulesFind('Your bill has transcoding minutes. Those are minutes where our servers make smaller copies.'),
    ).toEqual([]);
    expect(rulesFind('The SFU, our server that passes each video to the room, restarted at 03:12.')).toEqual([]);
    expect(rulesFind('NACK is the viewer asking the sender to resend a lost piece; we moved the room.')).toEqual([]);
    expect(rulesFind('我们给您换了编解码器——可以理解成声音发出去前被压缩成的格式。')).toEqual([]);
    expect(rulesFind('NACK 是观众端发现少了一块画面、请主播端重发的请求，我们已经迁了服务器。')).toEqual([]);
  });
});

describe('shapes seen on the twenty-eighth to thirty-third tables', () => {
  it('reads a hunch about theirs, a verdict on their connection, and where the trouble is not', () => {
    expect(rulesFind("Nothing looks off on the service, so my guess is your app's switching to the earpiece.")).toEqual(
      ['blame'],
    );
    expect(rulesFind('I suspect your proxy is stripping the header.')).toEqual(['blame']);
    expect(rulesFind('My guess is your team will love the new dashboard.')).toEqual([]);
    expect(rulesFind('Loss sits at 12% on the uplink, so this is your ISP.')).toEqual(['blame']);
    expect(rulesFind('This is your invoice for March.')).toEqual([]);
    expect(rulesFind('The delay the Jakarta viewers see is their mobile carrier.')).toEqual(['blame']);
    expect(rulesFind("Our servers were green all week, so this isn't us.")).toEqual(['blame']);
    expect(rulesFind("It's not us alone who decides; the app store reviews it.")).toEqual([]);
    expect(rulesFind('利雅得用户延迟高是当地运营商线路的问题，不在我们这边。')).toEqual(['blame']);
    expect(rulesFind('景区直播半夜断了，我们服务一直没中断过。')).toEqual(['blame']);
    expect(rulesFind('主播上行丢了不少，就是家里宽带的问题。')).toEqual(['blame']);
    expect(rulesFind('不是家里宽带的问题，是我们的节点出了故障。')).toEqual([]);
    expect(rulesFind('只要你们开发把切回前台就重新进房的那段代码改掉，闪退就没了。')).toContain('blame');
    expect(rulesFind('或许可以排查一下医院内网是不是对视频流量做了限速？')).toEqual(['blame']);
    expect(rulesFind('我们也在排查一下我们的网关是不是有问题。')).toEqual([]);
    expect(rulesFind('您那边最近有人动过防火墙规则吗？看着很像是内部把什么给拦了。')).toEqual(['blame']);
    expect(rulesFind('看着像是我们内部把您的请求拦了，已经放开。')).toEqual([]);
  });

  it('does not read blame into what it was sent, what we will check, or a suspicion it denies', () => {
    expect(rulesFind('上次给您的回调示例写错了，正确的字段名是 `eventType`，文档也改好了。')).toEqual([]);
    expect(rulesFind('您的示例写错了。')).toEqual(['blame']);
    expect(rulesFind('我把上传过程查一遍，查清楚了再跟您同步原因。')).toEqual([]);
    expect(rulesFind('您先把自己网络排查清楚了再来找我们。')).toEqual(['blame']);
    expect(
      rulesFind("I'm asking so I know which server to check first — not because I think it's your network."),
    ).toEqual([]);
    expect(
      rulesFind("It looks like the agents' phones are the problem since it's only Android, but it isn't."),
    ).toEqual([]);
  });

  it('reads more promises, and the contract quoted or compensation given is none', () => {
    expect(rulesFind('The new mode is live. Every singer in every room will sound studio-quality.')).toEqual([
      'overpromise',
    ]);
    expect(rulesFind('Relax, the new servers can handle anything your audience throws at them.')).toEqual([
      'overpromise',
    ]);
    expect(rulesFind('Our team can handle any questions you have.')).toEqual([]);
    expect(rulesFind('Product confirmed it: the web SDK will support Safari 17 by the end of the month.')).toEqual([
      'overpromise',
    ]);
    expect(rulesFind('The web SDK should support Safari 17 by the end of the month.')).toEqual([]);
    expect(
      rulesFind(
        'Under your contract we guarantee 99.9% availability; March was 99.82%, so the credit applies automatically.',
      ),
    ).toEqual([]);
    expect(rulesFind('Under your contract we guarantee this will never happen again.')).toContain('overpromise');
    expect(rulesFind('按合同约定，我们承诺每月99.95%的可用性，2月没达到，补偿会自动抵扣到3月账单里。')).toEqual([]);
    expect(rulesFind('让您催了好几次，真不好意思。补偿的 2000 分钟已经充进您账户了。')).toEqual([]);
  });

  it('reads more explanations of a term, and I帧 as a term', () => {
    expect(rulesFind('NACKs, the messages a phone sends asking us to resend video, spiked at 20:10.')).toEqual([]);
    expect(
      rulesFind('The freezes match a spike in packet loss, which is when bits of the video never arrive.'),
    ).toEqual([]);
    expect(
      rulesFind('Your bill has transcoding minutes, which is us converting your stream into smaller copies.'),
    ).toEqual([]);
    expect(rulesFind('The SFU restarted, which is when we lost the recordings.')).toEqual(['jargon']);
    expect(rulesFind('声音发闷是编解码器切到了低质量模式，编解码器就是负责把声音压缩再还原的那部分。')).toEqual([]);
    expect(rulesFind('那段时间丢包率上来了，简单讲就是有一部分画面数据在路上丢了。')).toEqual([]);
    expect(rulesFind('你问的 NACK，其实就是接收端请发送端把没收到的那块再发一次。')).toEqual([]);
    expect(rulesFind('您看到的 Opus 只是我们压缩声音用的一种格式的名字，不用动它。')).toEqual([]);
    expect(rulesFind('共享流切换分辨率以后没有再发I帧。')).toEqual(['jargon']);
  });
});

describe('shapes seen on the thirty-fourth and thirty-fifth tables', () => {
  it('reads more promises, and a promise declined or a question as none', () => {
    expect(rulesFind('Your request is approved and will be live in the SDK by the 15th, no question.')).toEqual([
      'overpromise',
    ]);
    expect(rulesFind('From now on every viewer gets perfect video, whatever their network.')).toEqual(['overpromise']);
    expect(
      rulesFind('We expect the lag to improve. Either way, the kids won’t notice anything during exam week.'),
    ).toEqual(['overpromise']);
    expect(
      rulesFind("I'd love to tell you it'll never happen again, but live events can always hit rough patches."),
    ).toEqual([]);
    expect(rulesFind('会不会再出现？我很想说不会。但实话是：那条规则已经删掉了。')).toEqual([]);
    expect(rulesFind('如果再出现大面积掉线，当天的用量我们全免，这个我已经跟财务负责人确认过了。')).toEqual([]);
    expect(rulesFind('如果再出现大面积掉线，当天的用量我们全免。')).toEqual(['overpromise']);
  });

  it('reads blame traced to their place, and none where the sentence owns the fault', () => {
    expect(rulesFind('KTV 包厢里的延迟是你们点歌机那边加的，进到我们 SDK 之前就慢了 200 毫秒。')).toEqual(['blame']);
    expect(rulesFind('The echo comes from the choir’s own mixer settings.')).toEqual(['blame']);
    expect(rulesFind('This comes from the SDK’s own defaults.')).toEqual([]);
    expect(rulesFind('确认了，问题出在我们这边：新加坡机房分配用户的规则配错了。')).toEqual([]);
    expect(rulesFind('The delay was on our end: the server handling your Frankfurt users was overloaded.')).toEqual([]);
  });

  it('reads a time after an apology as a step, a term said with its kind as explained, and KYC as a word', () => {
    expect(rulesFind('Apologies for the wait — next update at 17:00 today.')).toEqual([]);
    expect(rulesFind('Your recordings are saved in Opus, the audio format most calling apps use.')).toEqual([]);
    expect(rulesFind('We tuned the FEC, the setting that you turned off last week.')).toEqual(['jargon']);
    expect(rulesFind('录音是 Opus 格式的——一种通话软件常用的音频格式，Chrome 就能直接播放。')).toEqual([]);
    expect(rulesFind('Retention for your video KYC calls is now 7 years in every region.')).toEqual([]);
  });
});

describe('shapes seen on the thirty-sixth and thirty-seventh tables', () => {
  it('reads a step just taken or under way after an apology', () => {
    expect(rulesFind('So sorry! Re-sent the invoice with the right VAT number just now 🙏')).toEqual([]);
    expect(rulesFind('抱歉抱歉，刚把卡住的那几个语音房重建了，房主重新进一下就好🙏')).toEqual([]);
    expect(rulesFind('不好意思哈，修复包已经在往华南推了，大概20分钟推完。')).toEqual([]);
    expect(rulesFind('不好意思漏看了您的消息，用量明细现在发您。')).toEqual([]);
    expect(rulesFind('Sorry, we’re really stuck on this one right now.')).toEqual(['apology_without_action']);
  });

  it('reads more certainties, and a promise refused as none', () => {
    expect(rulesFind('Bottom line, there is zero chance of the streams dropping tomorrow.')).toEqual(['overpromise']);
    expect(rulesFind('From today, every booked consult connects first time, every time.')).toEqual(['overpromise']);
    expect(rulesFind('ya its def fixed now, wont come back')).toEqual(['overpromise']);
    expect(rulesFind("I won't tell you it'll never happen again, networks are networks.")).toEqual([]);
  });

  it('reads their producer as theirs, and an old person or material they sent and we cleared as no blame', () => {
    expect(rulesFind('The call dropped because your producer changed the key.')).toEqual(['blame']);
    expect(rulesFind('Your instructors did nothing wrong; the drop was ours.')).toEqual([]);
    expect(rulesFind('用户的手机太老了。')).toEqual(['blame']);
    expect(rulesFind('客户家老人过寿的直播断了，我们正在查录制服务，下午三点前给您结论。')).toEqual([]);
    expect(rulesFind('您发来的网络配置截图我们都看了，没有问题。根因是我们的登录服务有bug，今晚发版修复。')).toEqual(
      [],
    );
    expect(rulesFind('我们这边查了，都没有问题。')).toEqual(['blame']);
  });
});

describe('shapes seen on the thirty-eighth and thirty-ninth tables', () => {
  it('reads past a contrast to the cause it names, and an outdated build of theirs', () => {
    expect(rulesFind('好消息！不是 bug 哦~ 是贵司管理员把这个房间的录制开关关掉了')).toEqual(['blame']);
    expect(rulesFind('不是贵司管理员的问题，是我们把录制开关关掉了，已经打开。')).toEqual([]);
    expect(rulesFind('The tablet in Room 4 was running an outdated version of your app.')).toEqual(['blame']);
    expect(rulesFind('We were running an outdated version of our recorder; it is updated now.')).toEqual([]);
  });

  it('reads 100% reconnection as a promise, muxing and 混流 as terms, and more explanations', () => {
    expect(rulesFind('摄像头断线后会 100% 自动重连，完全不需要人工干预。')).toEqual(['overpromise']);
    expect(rulesFind('Recordings were being muxed with the wrong timestamps on our end; fixed as of today.')).toEqual([
      'jargon',
    ]);
    expect(rulesFind('录制文件在我们这边混流时音频时间戳错了，今天已经修复。')).toEqual(['jargon']);
    expect(
      rulesFind(
        'The app kept asking for a fresh keyframe. A keyframe is one complete picture; the rest carry changes.',
      ),
    ).toEqual([]);
    expect(rulesFind('We turned on NACK, which in everyday terms means a phone can ask for a lost bit again.')).toEqual(
      [],
    );
  });
});

describe('shapes seen on the forty-second to fifty-first tables', () => {
  it('reads blame in a verdict on their line, a setting of theirs, a delay of theirs and sarcasm', () => {
    expect(rulesFind("The courtroom's uplink is garbage, honestly.")).toEqual(['blame']);
    expect(rulesFind("The concert venue's network was dropping out, so the stream had nothing to send.")).toEqual([
      'blame',
    ]);
    expect(rulesFind('Our uplink in Frankfurt was terrible last night; it is replaced now.')).toEqual([]);
    expect(rulesFind('So the 40 s gap is your backend taking 38 s to hand out a token.')).toEqual(['blame']);
    expect(rulesFind('The gap is our token service taking 38 s to answer; fixed at 14:10.')).toEqual([]);
    expect(rulesFind('你们后台把 token 有效期设得太短了，改成 24 小时就行。')).toEqual(['blame']);
    expect(rulesFind('我们把 token 有效期设得太短了，已经改成 24 小时。')).toEqual([]);
    expect(rulesFind('主播那头上行太拉胯了，一直卡着上不去。')).toEqual(['blame']);
    expect(rulesFind('司机一边通话一边切网络，不掉才怪')).toEqual(['blame']);
    expect(rulesFind('不好意思，我们这边查下来一点问题都没有。')).toContain('blame');
  });

  it('reads more certainties, and a promise declined as none', () => {
    expect(rulesFind("It was a one-off. Won't come back.")).toEqual(['overpromise']);
    expect(rulesFind('Patch goes out *Wednesday*, and after that the frozen frames are history.')).toEqual([
      'overpromise',
    ]);
    expect(rulesFind('That outage is history now: it ended at 09:12 and we wrote up the cause.')).toEqual([]);
    expect(rulesFind('下一场直播保证丝滑。')).toEqual(['overpromise']);
    expect(rulesFind('网络变差时系统会先牺牲清晰度来保证不卡，网络好了会自动恢复。')).toEqual([]);
    expect(rulesFind('给你们换了线路，明天起延迟全部低于 100ms。')).toEqual(['overpromise']);
    expect(rulesFind('当地运营商会不会再抽风，这个我们真保证不了。决赛那两天我会一直盯着数据。')).toEqual([]);
    expect(
      rulesFind("I can't honestly promise it'll never happen during a big rush. We doubled the capacity."),
    ).toEqual([]);
  });

  it('reads an owner at work, a ticket filed and a fix starting now as the action after an apology', () => {
    expect(rulesFind('抱歉。<@U09AUDIO> 正在复现，有结果马上贴。')).not.toContain('apology_without_action');
    expect(rulesFind('不好意思哈，让客户白等了。超时问题已经提单 #51207，负责人是 <@U07BANK>。')).not.toContain(
      'apology_without_action',
    );
    expect(rulesFind('不好意思不好意思，回调地址我这就改，十分钟')).toEqual([]);
    expect(rulesFind('不好意思，今天恐怕改不了。')).toEqual(['apology_without_action']);
  });

  it('reads a guess at their device, everyone placed on their network, and a leading question', () => {
    expect(rulesFind("I watched the full replay and there's no stutter anywhere. Maybe the student's laptop?")).toEqual(
      ['blame'],
    );
    expect(rulesFind('Which laptop was the student on? Maybe the replay will show it.')).toEqual([]);
    expect(rulesFind("Every bidder who dropped was on the auction house's guest Wi-Fi.")).toEqual(['blame']);
    expect(rulesFind('Every bidder who dropped was on our Singapore edge, which failed at 19:02.')).toEqual([]);
    expect(rulesFind('Are you sure nobody stopped the recording from your admin panel?')).toEqual(['blame']);
    expect(rulesFind('Are you sure you want us to stop the recording for every room?')).toEqual([]);
  });

  it('reads more certainties, an owner named after an apology, and an apology waved away as none', () => {
    expect(rulesFind("You can tell the drone team this was a one-off. It's not coming back.")).toEqual(['overpromise']);
    expect(rulesFind("Sorted, and I'd bet my job it stays sorted")).toEqual(['overpromise']);
    expect(rulesFind('Refund approved, and the money will be in your account by Thursday.')).toEqual(['overpromise']);
    expect(rulesFind('非常抱歉！保证下不为例。')).toContain('overpromise');
    expect(rulesFind('Really sorry. Owner for this is Kenji (<@U01KJ8P2W>), he leads the Osaka team.')).not.toContain(
      'apology_without_action',
    );
    expect(rulesFind('您太客气了，不用道歉，问题描述得很清楚。')).toEqual([]);
    expect(rulesFind('No need to apologise, the logs were clear.')).toEqual([]);
    expect(rulesFind('Sorry for the noise, no need to reply today.')).toEqual(['apology_without_action']);
  });

  it('reads certainties of the forty-eighth and forty-ninth tables, and what only reports or communicates', () => {
    expect(rulesFind("I've escalated to our VP of engineering. This gets fixed today. Full stop.")).toEqual([
      'overpromise',
    ]);
    expect(rulesFind("The carrier told us the route is fixed, so from today the calls won't drop anymore.")).toEqual([
      'overpromise',
    ]);
    expect(rulesFind('A second review step is now required, which removes any possibility of this recurring.')).toEqual(
      ['overpromise'],
    );
    expect(rulesFind("We won't bill idle rooms anymore; the change is on your next invoice.")).toEqual([]);
    expect(rulesFind('结果：以后比赛中大屏不会再黑屏')).toEqual(['overpromise']);
    expect(rulesFind('改进：配置变更已增加二次审核，从根本上杜绝了此类问题再次发生。')).toEqual(['overpromise']);
    expect(rulesFind('已经修了。接下来整个考研季，你们的直播课都会稳稳当当。')).toEqual(['overpromise']);
    expect(rulesFind('接下来我们会继续观察，有变化都会同步您。')).toEqual([]);
  });

  it('reads blame in a cause laid on them and a guess at a device of theirs, and clearing in taking it as ours', () => {
    expect(rulesFind("*Root cause:* the customer's cameras at the summit station lost power.")).toEqual(['blame']);
    expect(rulesFind('*Root cause:* a config push on our Chicago servers.')).toEqual([]);
    expect(rulesFind('原因：客户侧牛棚机位的摄像头因暴雪断电。')).toEqual(['blame']);
    expect(rulesFind('原因：我们天津服务器的一次配置变更出错。')).toEqual([]);
    expect(rulesFind('The rig uplink drops a lot; it needs fixing at your end.')).toContain('blame');
    expect(rulesFind('大概率是养老院那几台平板的问题，系统还是 2017 年的安卓版本。')).toEqual(['blame']);
    expect(rulesFind('大概率是我们服务器的问题，正在查。')).toEqual([]);
    expect(
      rulesFind("Players were on every kind of connection, so this doesn't look like a problem with their internet."),
    ).toEqual([]);
    expect(
      rulesFind('TURN is the backup server that passes calls along when two devices cannot connect directly.'),
    ).toEqual([]);
  });

  it('reads shapes of the fiftieth and fifty-first tables', () => {
    expect(rulesFind("From tonight every member of the club gets a sharp picture, wherever they're watching.")).toEqual(
      ['overpromise'],
    );
    expect(rulesFind('From tonight every member gets the new player; tell us if the picture is still soft.')).toEqual(
      [],
    );
    expect(rulesFind('等谷歌下周推送系统更新，安卓 15 上也会完全正常。')).toEqual(['overpromise']);
    expect(rulesFind('华南那组服务器已经恢复了，周末活动期间会一直稳稳的，这次谁也搞不崩它。')).toEqual([
      'overpromise',
    ]);
    expect(rulesFind('你们场馆推上来的画面每 12 秒才有一张完整的，观众进来看到灰屏很正常。')).toEqual(['blame']);
    expect(rulesFind('我们刚才在自己的场馆测试，看到的画面很正常。')).toEqual([]);
    expect(rulesFind('写代码的同学把分辨率固定成 4K 了，老师那台旧电脑哪带得动。')).toEqual(['blame']);
    expect(rulesFind('不好意思，但看起来确实是卫生院自己的网络拖了后腿。')).toContain('blame');
    expect(rulesFind('我怀疑你们 App Store 上架的是内部测试用的那个包。')).toEqual(['blame']);
    expect(rulesFind('我怀疑是我们上周的更新出了问题，正在回滚。')).toEqual([]);
    expect(rulesFind('拍卖间开了多路同发，意思就是每路摄像头同时发一个清楚版和一个省流量版。')).toEqual([]);
  });

  it('reads an apposition that says what a measure is for', () => {
    expect(rulesFind('RTT, the round-trip time for data to get to our server and back, was about 600 ms.')).toEqual([]);
    expect(rulesFind('RTT, the round-trip time was bad.')).toEqual(['jargon']);
  });
});

describe('shapes seen on the fifty-fourth to fifty-seventh tables', () => {
  it('reads blame in rooms left open, a lapse of theirs, a check asked of them first, an issue at their end', () => {
    expect(rulesFind('The bill is correct. Your team left 40 test rooms open over the weekend.')).toEqual(['blame']);
    expect(
      rulesFind('Our cleanup job left 40 of your test rooms open over the weekend; we refunded those hours.'),
    ).toEqual([]);
    expect(rulesFind('控制台显示你们这个项目的时长包上个月就用完了，一直没续，所以现在只剩语音。')).toEqual(['blame']);
    expect(rulesFind('时长包上个月用完后，我们的自动续费没生效，已经给您补上了。')).toEqual([]);
    expect(rulesFind("Please first confirm it isn't your own connection before we open a ticket.")).toEqual(['blame']);
    expect(rulesFind("We confirmed it isn't your network: our relay in Frankfurt dropped the calls.")).toEqual([]);
    expect(rulesFind("It's a config issue on your side.")).toEqual(['blame']);
    expect(rulesFind("That's a network config issue on your end.")).toEqual(['blame']);
    expect(rulesFind("It's not a config issue on your side, it's our bug.")).toEqual([]);
    expect(rulesFind("If there's an issue on your side we'll find it together; the logs point at our relay.")).toEqual(
      [],
    );
  });

  it("reads a bank's timing and a trouble gone forever as promises, and a finished job by a time", () => {
    expect(rulesFind('The bank will have the money in your account by Friday.')).toEqual(['overpromise']);
    expect(rulesFind("I'll update you here once the money is in your account.")).toEqual([]);
    expect(rulesFind('Get them headsets and the problem goes away forever.')).toEqual(['overpromise']);
    expect(rulesFind("The echo went away for good after Tuesday's patch, going by the logs you sent.")).toEqual([]);
    expect(rulesFind('中午 12 点前一定弄完。')).toEqual(['overpromise']);
    expect(rulesFind('预计中午 12 点前能弄完，弄完我在这里说一声。')).toEqual([]);
  });
});

describe('shapes seen on the sixtieth and sixty-first tables', () => {
  it('reads blame disowned first, a wait put on their missing logs, the manual, and a fix left to them', () => {
    expect(rulesFind('Not to point fingers, but your player rejoins the room every few seconds.')).toEqual(['blame']);
    expect(rulesFind('Not to point fingers, but this one is on us: our relay restarted.')).toEqual([]);
    expect(rulesFind('不是针对谁哈，但你们的播放器每隔几秒就重进一次房间。')).toEqual(['blame']);
    expect(rulesFind('The report came in without logs, which is why it took us a week to find.')).toEqual(['blame']);
    expect(rulesFind('The report came in without logs, so I pulled them from our side myself.')).toEqual([]);
    expect(rulesFind('你们的工单一开始没附日志，所以才拖了这么久。')).toEqual(['blame']);
    expect(rulesFind('Please have your team read the setup guide before opening a ticket.')).toEqual(['blame']);
    expect(rulesFind("I've linked the setup guide; step 4 covers the token refresh.")).toEqual([]);
    expect(rulesFind('建议先把接入文档仔细看一遍再来提工单。')).toEqual(['blame']);
    expect(rulesFind('The expired token is something your devs will need to sort out.')).toEqual(['blame']);
    expect(rulesFind("Your devs won't need to change anything; we fixed the token check.")).toEqual([]);
    expect(rulesFind('日志显示密钥过期了，需要你们研发修一下。')).toEqual(['blame']);
    expect(rulesFind('需要你们研发配合提供一下当时的日志。')).toEqual([]);
  });

  it('reads blame asked as doubt about their version or their team, and denial of the platform', () => {
    expect(rulesFind('Did anyone on your team change the room settings last night?')).toEqual(['blame']);
    expect(rulesFind('Did anyone on your team get the invite for the review call?')).toEqual([]);
    expect(rulesFind('Are you sure the app was on the latest version?')).toEqual(['blame']);
    expect(rulesFind('Which version of the app were the students on?')).toEqual([]);
    expect(rulesFind('确定用的是最新版吗？两个版本之前就修了。')).toEqual(['blame']);
    expect(rulesFind('想确认一下学生用的是不是最新版？')).toEqual([]);
    expect(rulesFind("Nothing's wrong on our end.")).toEqual(['blame']);
    expect(rulesFind("It's not a platform issue.")).toEqual(['blame']);
    expect(rulesFind('这不是平台的问题。')).toEqual(['blame']);
    expect(rulesFind('我们这边肯定没问题的。')).toEqual(['blame']);
    expect(rulesFind("We don't see this with any other customer, so I'd check your setup first.")).toEqual(['blame']);
    expect(rulesFind('It works fine for every other operator on the platform.')).toEqual(['blame']);
    expect(rulesFind("We've fixed it for every other operator, and yours is next within the hour.")).toEqual([]);
    expect(rulesFind('Whatever it is, it broke in your latest release.')).toEqual(['blame']);
    expect(rulesFind('应该是你们上周那个版本引入的问题。')).toEqual(['blame']);
    expect(rulesFind('是我们上周那个版本引入的问题，已经回滚了。')).toEqual([]);
    expect(rulesFind('你们当时没按我们的建议升级。')).toEqual(['blame']);
  });

  it('reads blame in what they entered, a hunch that smells of theirs, a question then "the usual culprit"', () => {
    expect(rulesFind('The recording failed because the storage key you entered had expired.')).toEqual(['blame']);
    expect(rulesFind('The recording failed because the storage key we issued had expired; a new one is live.')).toEqual(
      [],
    );
    expect(rulesFind('Honestly this smells like your proxy.')).toEqual(['blame']);
    expect(rulesFind("Have you checked whether your firewall blocks us? That's usually the culprit.")).toEqual([
      'blame',
    ]);
    expect(rulesFind("Have you seen the status page? That's usually the quickest way to check.")).toEqual([]);
    expect(rulesFind('主播那边是不是开了美颜插件？很多卡顿都是这么搞出来的。')).toEqual(['blame']);
    expect(rulesFind('学员很多用的是千元机，卡是正常的。')).toEqual(['blame']);
  });

  it('reads zero trouble, a last time, a fix forever and a guarantee across an app update as promises', () => {
    expect(rulesFind('The new build has zero lag.')).toEqual(['overpromise']);
    expect(rulesFind("Once we're done you'll have zero audio dropouts.")).toEqual(['overpromise']);
    expect(rulesFind('We aim for near-zero lag on the new build.')).toEqual([]);
    expect(rulesFind('Every other participant had zero drops in that hour.')).not.toContain('overpromise');
    expect(rulesFind('新版本零延迟。')).toEqual(['overpromise']);
    expect(rulesFind('零延迟是做不到的，但我们能把延迟压到一秒左右。')).toEqual([]);
    expect(rulesFind('修复上线后，房间已经连续三天零掉线。')).toEqual([]);
    expect(rulesFind('This is the last time your recordings fail.')).toEqual(['overpromise']);
    expect(rulesFind("I can't promise this is the last time your recordings fail.")).toEqual([]);
    expect(rulesFind('这个问题已经永久解决了，不会复发。')).toEqual(['overpromise']);
    expect(rulesFind('我不敢说以后不会复发，但这类问题我们会第一时间告警。')).toEqual([]);
    expect(rulesFind('I guarantee the delay will be under a second for every rider.')).toEqual(['overpromise']);
    expect(rulesFind('I can promise you calls will connect instantly after the update.')).toEqual(['overpromise']);
    expect(rulesFind('Billing will definitely waive the overage fees.')).toEqual(['overpromise']);
    expect(rulesFind('我可以保证，更新之后一秒接通。')).toEqual(['overpromise']);
    expect(rulesFind('我保证明天上午更新进展。')).toEqual([]);
    expect(rulesFind('苹果周三一定会审核通过。')).toEqual(['overpromise']);
    expect(rulesFind('老人们一直没接通，心里肯定特别失落。')).toEqual([]);
  });

  it('reads an apology followed only by compensation nobody stands behind as empty', () => {
    expect(rulesFind('We deeply apologize. You will receive full compensation.')).toEqual([
      'overpromise',
      'apology_without_action',
    ]);
    expect(rulesFind("As an apology, we'll take 50% off next month's bill.")).toEqual(['overpromise']);
    expect(rulesFind('我们深表歉意。按合同约定的赔付已经在走流程，本周内会发书面说明。')).not.toContain(
      'apology_without_action',
    );
    expect(rulesFind('我们深表歉意。按合同约定的赔付已经在走流程。')).toEqual([]);
    expect(rulesFind("We're sorry. Your refund is being processed.")).toEqual([]);
  });

  it('reads Slack shorthand steps, a weekday morning and "in ~15 min" as concrete; "back to you" fixes nothing', () => {
    expect(rulesFind('Sorry!! On it — pulling the logs for room 2281 right now.')).toEqual([]);
    expect(rulesFind('Sorry! Escalated to Wei on our media team just now, with your logs attached.')).toEqual([]);
    expect(rulesFind('sorry, typo above. rechecking the right one now.')).toEqual([]);
    expect(rulesFind('Sorry for the trouble. Looking at the logs though, nothing stands out yet.')).toEqual([
      'apology_without_action',
    ]);
    expect(rulesFind('Sorry. Checking in: is it still happening?')).toEqual(['apology_without_action']);
    expect(
      rulesFind('We owe you an apology. The incident report goes out to you Friday morning from our reliability team.'),
    ).toEqual([]);
    expect(rulesFind("Sorry about this. We'll post the next update here in ~15 min.")).toEqual([]);
    expect(rulesFind("Sorry! I'll be back to you in 20 minutes.")).toEqual([]);
  });

  it('reads the metric first-frame time, I 帧 and fps as terms, and VR and a code-set ID as plain', () => {
    expect(rulesFind('First-frame time averaged 4.2 s yesterday; we are tuning it now.')).toEqual(['jargon']);
    expect(rulesFind('The first frame of the recording is black; we are re-rendering it now.')).toEqual([]);
    expect(rulesFind('录像的 I 帧间隔我们改成 1 秒了。')).toEqual(['jargon']);
    expect(rulesFind('Streams run at 60fps now.')).toEqual(['jargon']);
    expect(rulesFind("I've put this on the VR team's board; we meet about it at 2 pm.")).toEqual([]);
    expect(rulesFind('I meant app ID `a7f3`, not `a7f8`; checking the right one now, results here by 3 pm.')).toEqual(
      [],
    );
    expect(rulesFind('延迟来自抖动缓冲，它相当于一个小小的等候区，先把声音存一下再播。我们在调小它。')).toEqual([]);
  });
});

describe('shapes seen on the sixty-second to sixty-fifth tables', () => {
  it('reads blame in a denial with "with us", their habit to end, a step they skipped, "look inward"', () => {
    expect(rulesFind("The issue isn't with us.")).toEqual(['blame']);
    expect(rulesFind("The problem isn't with us alone; the carrier dropped packets too.")).toEqual([]);
    expect(rulesFind('Tell your teachers to stop using Bluetooth earbuds in class.')).toEqual(['blame']);
    expect(rulesFind('Ask your team to stop by our booth at the expo.')).toEqual([]);
    expect(
      rulesFind('This is the third time your team has shipped to production without trying it on staging first.'),
    ).toEqual(['blame']);
    expect(rulesFind('Your team shipped on time without any help from us, nice work!')).toEqual([]);
    expect(rulesFind("We can't reproduce it here. Might want to look inward on this one.")).toEqual(['blame']);
    expect(rulesFind('视频从你们海外仓那边一发出来就已经很糊了，到我们这儿只是原样转发。')).toEqual(['blame']);
    expect(rulesFind('从你们那边发过来的日志已经收到了，谢谢。')).toEqual([]);
  });

  it('reads no blame in a concession, a clearing of their team, or errors traced to us', () => {
    expect(rulesFind('就算主播那边网络有点波动，我们的服务也应该扛得住。这次没扛住，是我们要改的地方。')).toEqual([]);
    expect(rulesFind('Even if your Wi-Fi drops for a second, our app should recover on its own.')).toEqual([]);
    expect(
      rulesFind('你们的开发一点没做错，是我们示例代码里少了一步，照着写自然会出问题。这是我们的失误，示例今天改好。'),
    ).toEqual([]);
    expect(rulesFind('恕我直言，这种低级问题一般不会出在我们这边。')).toEqual(['blame']);
    expect(notBlameByExample('恕我直言，这种低级问题一般不会出在我们这边。')).toBe(false);
  });

  it('does not read a denial as owning the fault, so the reader may still flag it', () => {
    expect(notBlameByExample('先别急着说是我们的问题，你们自己的服务上周不是也出过事吗？')).toBe(false);
    expect(notBlameByExample('不是我们的问题。')).toBe(false);
    expect(notBlameByExample('这次确实是我们的问题，已经修好了。')).toBe(true);
    expect(notBlameByExample('你们 App 这边没有任何异常，报错全部来自我们的录制服务。')).toBe(true);
    expect(notBlameByExample('你们 App 这边没有任何异常吗？')).toBe(false);
    expect(
      notBlameByExample("It wasn't your firewall. List is updated now, so there's nothing for you to change."),
    ).toBe(true);
  });

  it('reads certainty in "drops to nothing", "a certainty", 降到零; not in an outcome asked about', () => {
    expect(rulesFind('Once the fix is in, the delay drops to basically nothing for every viewer.')).toEqual([
      'overpromise',
    ]);
    expect(rulesFind('You can see the level drop to zero in the recording before it reaches us.')).toEqual([]);
    expect(rulesFind('Expect the fix by tomorrow morning. That part is a certainty.')).toEqual(['overpromise']);
    expect(rulesFind('Nothing is certain until the patch ships.')).toEqual([]);
    expect(rulesFind('升级之后延迟直接降到零。')).toEqual(['overpromise']);
    expect(rulesFind('没法保证降到零。')).toEqual([]);
    expect(rulesFind('我肯定会一直跟进到底，这个您放心；至于具体什么时候修好，现在还说不准。')).toEqual([]);
    expect(rulesFind('您放心，明天一定修好。')).toEqual(['overpromise']);
  });

  it('reads a reply by a time, or a colleague asked to reply today, as a step after an apology', () => {
    expect(rulesFind('抱歉，今天内回复您。')).toEqual([]);
    expect(rulesFind('sorry sorry，刚看到。值班同事已经在处理，我十分钟后回来同步。')).toEqual([]);
    expect(rulesFind('实在不好意思，开课前十分钟出这种事，我们这边在跟进了。')).toEqual(['apology_without_action']);
    expect(rulesFind('抱歉，客户今天回复了。')).toEqual(['apology_without_action']);
  });

  it('knows ptime and playout delay, and "that\'s 15 pictures a second" explains fps', () => {
    expect(rulesFind('Lowered the playout delay and set audio ptime to 20. Try again?')).toEqual(['jargon']);
    expect(rulesFind("The stream was stuck at 15 fps. That's 15 pictures a second, so we've lifted it to 30.")).toEqual(
      [],
    );
  });
});

describe('shapes seen on the sixty-sixth to sixty-ninth tables', () => {
  it('reads blame in a deed of their people, a fix handed to their team, causes placed on their premises', () => {
    expect(rulesFind('Looks like your receptionist closed the app mid-call.')).toEqual(['blame']);
    expect(rulesFind("Your receptionist didn't close anything; our server dropped the call.")).toEqual([]);
    expect(rulesFind("If the cameras stop after a firmware update, that's one for your firmware team.")).toEqual([
      'blame',
    ]);
    expect(rulesFind("That's one for our firmware team; they'll look at it today.")).toEqual([]);
    expect(
      rulesFind('The reported interruptions are therefore attributable to local conditions at the venue.'),
    ).toEqual(['blame']);
    expect(rulesFind('这个我们文档首页第一条就写了，开一下就行。')).toEqual(['blame']);
    expect(rulesFind('这个我们文档里写了，链接发您了。')).toEqual([]);
    expect(rulesFind('可以请贵行 IT 同事看看杭州分行的网络吗？其他分行的视频面签都没问题。')).toEqual(['blame']);
    expect(rulesFind('其他分行我们也查了，都正常，杭州这边是我们节点的问题。')).toEqual([]);
  });

  it('reads no blame where their side is cleared, or a suspicion of theirs turned out to be ours', () => {
    expect(notBlameByExample('Nobody on your side did anything wrong here; our cleanup job ran early.')).toBe(true);
    expect(notBlameByExample("Your clerks and your IT setup aren't the problem here.")).toBe(true);
    expect(notBlameByExample('The Mumbai voice server was overloaded. Not on you guys at all.')).toBe(true);
    expect(notBlameByExample('巴西那边光缆被挖断了，不是你们 app 也不是主播的问题。')).toBe(true);
    expect(
      rulesFind("I assumed it was their wifi, but I checked and it's ours — the Mumbai server was overloaded."),
    ).toEqual([]);
    expect(rulesFind('I assumed it was their wifi, and it was.')).toEqual(['blame']);
    expect(rulesFind('一开始还以为是你们网络的问题，结果查下来是我们的节点挂了。')).toEqual([]);
  });

  it('reads certainty about what others decide: an approval, a yes, money on the card, "no problem"', () => {
    expect(rulesFind("I've asked billing. It'll definitely be approved and you'll have the money by Friday.")).toEqual([
      'overpromise',
    ]);
    expect(rulesFind('Our product manager will definitely say yes to the custom watermark.')).toEqual(['overpromise']);
    expect(rulesFind('Apple will have your app approved by Friday, no problem.')).toEqual(['overpromise']);
    expect(rulesFind("Your refund was approved yesterday; it's on its way to your card.")).toEqual([]);
    expect(rulesFind('No problem, it is fixed now.')).toEqual([]);
    expect(rulesFind('The root cause is fixed, so this class of issue is now impossible.')).toEqual(['overpromise']);
    expect(rulesFind("It's impossible to say when yet; I'll update you at 3.")).toEqual([]);
    expect(rulesFind('We added checks that guarantee no faulty release can ever reach production again.')).toEqual([
      'overpromise',
    ]);
    expect(rulesFind('已新增自动化检查，确保今后任何有问题的发布都不可能再进入线上环境。')).toEqual(['overpromise']);
  });

  it("reads a step in shorthand after an apology, and keeps the seed's vague advice as an empty answer", () => {
    expect(rulesFind('Oof, sorry about that. Checking the channel logs now, back in 20 min.')).toEqual([]);
    expect(rulesFind('Sorry about that. Checking the issue.')).toEqual(['apology_without_action']);
    expect(checkTone('Please check your network and try again.').map((f) => f.rule)).toEqual([
      'apology_without_action',
    ]);
  });

  it('reads a short English reply as English, and knows HRTF, GCC, BBR and pacers', () => {
    expect(rulesFind('Looks like PLI storms.')).toEqual(['jargon']);
    expect(rulesFind("You'd want HRTF on and the distance attenuation curve set to linear.")).toEqual(['jargon']);
    expect(rulesFind('卡顿那段是边缘节点 pacer 发包不均匀导致的，10:15 修复已上线。')).toEqual(['jargon']);
  });

  it('takes a term the customer used, quoted or named as theirs, as a word they know', () => {
    const quoted = '> our NACK rate spiked after the update\nYeah, we saw the NACK spike too and rolled back.';
    expect(rulesFind(quoted)).toEqual([]);
    expect(rulesFind('Yeah, we saw the NACK spike too and rolled back.')).toEqual(['jargon']);
    expect(rulesFind('> 为什么 FEC 开了还卡？\nFEC 开着是对的，卡顿是我们新加坡节点的问题，已经切走了。')).toEqual([]);
    expect(rulesFind('您问的 Opus，对，所有通话的音频都是用这个格式编码的。')).toEqual([]);
    expect(rulesFind('> why is it choppy?\nThe NACK count went up because our relay was overloaded.')).toEqual([
      'jargon',
    ]);
    const conversation = [{ role: 'customer', text: 'Is simulcast on for our rooms?' }];
    const reply = 'Yes, simulcast is on for all of your rooms.';
    expect(checkTone(reply, { writtenBy: 'drafter', conversation }, { reader: null })).toEqual([]);
    expect(checkTone(reply, { writtenBy: 'drafter' }, { reader: null }).map((f) => f.rule)).toEqual(['jargon']);
  });
});

describe("near misses of the sixty-sixth to sixty-ninth tables' shapes", () => {
  it('keeps blame where a clearing or owning word is only asked, denied or said of our own next step', () => {
    expect(rulesFind('我们怀疑是您那边的网络问题，但是我们还会继续查。')).toContain('blame');
    expect(rulesFind('问题是否出在我们这边还不确定，建议您先检查一下自己的网络。')).toContain('blame');
    expect(rulesFind('这应该不会是我们的问题，您那边的网络太差了。')).toEqual(['blame']);
    expect(rulesFind('我们确认其他地区都正常，只有华东节点受影响，是我们的故障，工程师正在修复。')).toEqual([]);
  });

  it('reads no blame in thanks, a request or a colleague gone, and no promise in a fact or a limit', () => {
    expect(
      rulesFind('Thanks for confirming your receptionist closed the app mid-call; that helped us reproduce the bug.'),
    ).toEqual([]);
    expect(rulesFind('Could you ask your host to stop streaming for two minutes so we can reset the room?')).toEqual(
      [],
    );
    expect(rulesFind('Wei is not with us anymore; Lin now handles your account.')).toEqual([]);
    expect(rulesFind("It's certain the outage came from our deploy.")).toEqual([]);
    expect(rulesFind("I'm absolutely sure these logs are reliable, so we'll use them.")).toEqual([]);
    expect(rulesFind('Downgrading is impossible on iOS.')).toEqual([]);
  });

  it("takes only the customer's words as theirs: not our own earlier words, not our own quotation marks", () => {
    expect(rulesFind('我之前跟您说的 NACK 已经关了。')).toEqual(['jargon']);
    expect(rulesFind('您问的 NACK 已经打开了。另外 NACK 打开之后会多一点流量。')).toEqual([]);
    expect(rulesFind('> our NACKs spiked\nYeah, the NACK spike lines up with our deploy; rolled back.')).toEqual([]);
    expect(rulesFind('The "jitter buffer" setting is in the console; we raised the jitter buffer to 200 ms.')).toEqual([
      'jargon',
    ]);
  });
});

describe('false alarms left from earlier tables', () => {
  it('reads no blame in a lapse of ours on their things, a clearing sentence, or a carrier we cannot change', () => {
    expect(rulesFind('您的时长包我们这边忘了续，已经补上了。')).toEqual([]);
    expect(rulesFind('您的代码里把 token 忘了刷新。')).toEqual(['blame']);
    expect(rulesFind('内蒙那边运营商的网络我们管不了。')).toEqual([]);
    expect(rulesFind('您那边的网络我们管不了。')).toEqual(['blame']);
    expect(rulesFind("The carrier's network in that valley is nothing we can do about.")).toEqual([]);
  });

  it('doubts no blame where the reply says there is no problem on their side', () => {
    const text = "There isn't a problem on your side; our relay in Singapore dropped the calls.";
    expect(checkTone(text).map((f) => f.rule)).toEqual([]);
  });

  it('reads the time of the next progress note after an apology as a step', () => {
    expect(rulesFind('非常抱歉。下一次进展 14:30 同步。')).toEqual([]);
    expect(rulesFind('非常抱歉。')).toEqual(['apology_without_action']);
  });
});

describe('what the reply quotes is not its tone', () => {
  it("leaves the customer's words alone when the reply quotes them, and still reads the rest", () => {
    expect(
      rulesOf('You wrote “your network is bad, not ours”; we are checking our servers now, update by 15:00.'),
    ).toEqual([]);
    expect(rulesOf('> 是您网络不好\n我们正在排查服务端日志，17:00 前给您答复。')).toEqual([]);
    expect(rulesOf('您说的「是不是我们网络不好」我们记下了。其实是您的手机太旧了。')).toEqual(['blame']);
  });

  it('does not treat an unclosed quotation mark as a quotation', () => {
    expect(rulesOf('He said “your network is bad.')).toEqual(['blame']);
  });
});

describe('replies in languages the rules cannot read', () => {
  it.each([
    ['es', 'Lo sentimos mucho. Su red es muy mala y su teléfono es demasiado viejo; el RTT fue alto.'],
    ['pt', 'Pedimos desculpa. A sua rede é ruim e o codec não ajudou.'],
    ['fr', 'Nous sommes désolés, votre réseau est mauvais et le jitter était élevé.'],
    ['de', 'Es tut uns leid, Ihr Netzwerk ist schlecht und der Codec ist veraltet.'],
    ['id', 'Mohon maaf, jaringan Anda buruk dan kami jamin tidak akan terulang.'],
    ['vi', 'Chúng tôi xin lỗi, mạng của bạn không tốt và RTT cao.'],
    ['ja', '申し訳ございません。お客様のネットワークが悪いです。必ず今日中に修正します。'],
    ['ko', '죄송합니다. 고객님의 네트워크가 좋지 않습니다. RTT가 높았습니다.'],
    ['ru', 'Извините, ваша сеть плохая, и кодек устарел.'],
    ['ar', 'نعتذر، شبكتك سيئة وسنصلحها اليوم بالتأكيد.'],
    ['th', 'ขออภัย เครือข่ายของคุณไม่ดี'],
    ['hi', 'हमें खेद है, आपका नेटवर्क खराब है।'],
    ['tr', 'Özür dileriz, ağınız kötü ve codec eski.'],
    ['zh-Hant', '非常抱歉，這是您網絡不好，我們保證明天修好。'],
  ])('%s: quiet rather than a false alarm (links are still checked)', (_lang, text) => {
    expect(checkTone(text)).toEqual([]);
    expect(checkTone(`${text} https://evil.example/x`).map((f) => f.rule)).toEqual(['untrusted_link']);
  });
});

describe('shapes seen on the eighty-sixth to ninety-third tables', () => {
  it('reads shorthand steps and owners at it as concrete, not a refusal, an instruction or a holding line', () => {
    expect(rulesFind('sorry!! fixing the invite link now, give me 10 min')).toEqual([]);
    expect(rulesFind('sorry sorry — restarted the stuck recording job, the files are back.')).toEqual([]);
    expect(
      rulesFind('We apologise for the interrupted auction. A credit of $150 has been applied to your account.'),
    ).toEqual([]);
    expect(rulesFind('Sorry! Kwame on our identity team is on it right now.')).toEqual([]);
    expect(rulesFind('抱歉让您白等了一晚上，我已经把计费停掉了。')).toEqual([]);
    expect(rulesFind('Sorry, nobody on our billing team is on it over the weekend.')).toEqual([
      'apology_without_action',
    ]);
    expect(rulesFind("Sorry, we're not refunding annual plans right now.")).toEqual(['apology_without_action']);
    expect(rulesFind('Sorry about that. Reset your router and try again.')).toEqual(['apology_without_action']);
    expect(rulesFind('Sorry, no refund has been issued yet.')).toEqual(['apology_without_action']);
    expect(rulesFind('我们已经把情况反馈给相关部门协调了，抱歉。')).toEqual(['apology_without_action']);
    expect(rulesFind('抱歉，工程师这周没空陪您。')).toEqual(['apology_without_action']);
    expect(rulesFind("We're sorry. The freeze was caused by an update we released earlier that day.")).toEqual([
      'apology_without_action',
    ]);
  });

  it("reads a cause in their place's line or their people's things as theirs, and clears a third party's", () => {
    expect(rulesFind("Honestly, the stutter is coming from the organist's old laptop.")).toEqual(['blame']);
    expect(rulesFind('That was down to the clubhouse Wi-Fi.')).toEqual(['blame']);
    expect(rulesFind("That sounds like the hotel's internet to me.")).toEqual(['blame']);
    expect(rulesFind('It must be something specific to how your studio is set up.')).toEqual(['blame']);
    expect(rulesFind("The notary's laptop is six years old and it shows.")).toEqual(['blame']);
    expect(
      rulesFind(
        "It's tempting to blame the hotel Wi-Fi, but the logs show the drop was on our side; I've moved your room.",
      ),
    ).toEqual([]);
    expect(
      rulesFind("The venue's Wi-Fi was fine that night; the freeze came from our server, which we've restarted."),
    ).toEqual([]);
    expect(
      rulesFind(
        "The venue's Wi-Fi is blocking the ports our calls use, so this isn't something your app did. I've moved you.",
      ),
    ).toEqual([]);
    expect(rulesFind("So the crew's phones don't have to upload it five times.")).toEqual([]);
    expect(rulesFind('We fixed the classroom app so it opens the back camera again.')).toEqual([]);
    expect(rulesFind("Did the host's phone show any error when it dropped?")).toEqual([]);
  });

  it('reads our side or everyone else declared fine, in plain words, and not a yes or our own rooms', () => {
    expect(rulesFind('no issues on our side this morning.')).toEqual(['blame']);
    expect(rulesFind('Works fine for me.')).toEqual(['blame']);
    expect(rulesFind('looked at everything on our end, all green ✅ not much more we can do from here')).toEqual([
      'blame',
    ]);
    expect(rulesFind('Other choirs on the same plan aren’t seeing this.')).toEqual(['blame']);
    expect(rulesFind('Forty firms run hearings on this version and none of them see this.')).toEqual(['blame']);
    expect(rulesFind('我们这边数据都是好的。')).toEqual(['blame']);
    expect(rulesFind('同一时段别的门店都正常，就您这一家说卡。')).toEqual(['blame']);
    expect(rulesFind('经核查，本次中断系贵司管理员误删房间所致。')).toEqual(['blame']);
    expect(
      rulesFind('Our servers were healthy, so we’re now looking at the carrier and I’ll update you at 3pm.'),
    ).toEqual([]);
    expect(
      rulesFind('Went through your settings (read-only, I didn’t change anything); the cut-offs match our deploy.'),
    ).toEqual([]);
    expect(rulesFind('同时段其他机房都正常，我们正在查上海机房。')).toEqual([]);
    expect(rulesFind('同型号的手机在别的门店都正常，问题出在我们新加的美颜滤镜上，已经关掉了。')).toEqual([]);
    expect(rulesFind('运营商的线路问题不在我们控制范围内，我每天下午 5 点在群里同步进展。')).toEqual([]);
    expect(rulesFind('这只能说明不是所有地区都有问题，不代表我们这边没毛病。')).toEqual([]);
    expect(rulesFind('No issues on our side with moving the call to Thursday.')).toEqual([]);
    expect(rulesFind("Works for me — let's do 3pm tomorrow.")).toEqual([]);
    expect(rulesFind('We haven’t changed anything in your billing plan, so the price stays the same.')).toEqual([]);
    expect(rulesFind('None of them have reported problems since the fix we deployed on Tuesday.')).toEqual([]);
    expect(rulesFind('Once the migration is done, your dashboard will show all green.')).toEqual([]);
    expect(rulesFind('It sounds like your team has been very patient with us.')).toEqual([]);
    expect(rulesFind('监控显示修复后一切正常，您的课可以照常上。')).toEqual([]);
    expect(rulesFind('其他学员也没收到通知，是我们的邮件服务出了故障，正在修复。')).toEqual([]);
    expect(rulesFind('请确认贵司服务器运行正常，再重新发起回调。')).toEqual([]);
    expect(rulesFind('本次异常并非系您操作所致，请放心。')).toEqual([]);
    expect(
      rulesFind('Your 9am class went through fine. Our logs are clean, so the 11am drop must have been local.'),
    ).toEqual(['blame']);
    expect(rulesFind('None of the other schools see this.')).toEqual(['blame']);
    expect(rulesFind('就您一家有这个问题。')).toEqual(['blame']);
    expect(rulesFind('Sounds like the venue Wi-Fi again.')).toEqual(['blame']);
    expect(
      rulesFind(
        'Could it be that the organist sits too far from the microphone? That would explain the muffled sound.',
      ),
    ).toEqual(['blame']);
    expect(rulesFind('Could you confirm your engineers actually followed the setup guide?')).toEqual(['blame']);
    expect(rulesFind('Could you tell us which browser the organist uses? That helps us pick the right logs.')).toEqual(
      [],
    );
    expect(rulesFind('钢琴陪练卡，是因为老师同时开着好几个软件在录屏。')).toEqual(['blame']);
    expect(rulesFind('嘉宾那边用蓝牙耳机连麦，声音才会断断续续的。')).toEqual(['blame']);
    expect(rulesFind('昨晚卡顿是因为某个运营商线路波动，今天已经回落。')).toEqual([]);
    expect(rulesFind('原因是主播端每隔 4 秒才发一张完整画面，我已经把间隔改成 1 秒。')).toEqual([]);
    expect(rulesFind('RTT from your students to our edge is 380ms, that’s why it feels laggy.')).not.toContain('blame');
    expect(
      rulesFind('Were your users on the EU server? That would explain the slowness: our EU cluster was degraded.'),
    ).toEqual([]);
    expect(rulesFind('Your engineers actually followed every step correctly; the mistake was in our docs.')).toEqual(
      [],
    );
    expect(rulesFind('管理员把权限开给您之后，才能看到报表。')).toEqual([]);
    expect(rulesFind('日志里看到主持人进房那一刻系统把麦克风让给了来电，所以前 30 秒没声音。')).toEqual([]);
  });

  it('reads a certainty tagged on, zero trouble, others given a day, and whatever comes said to be fine', () => {
    expect(rulesFind("The patch goes out tonight, and that'll be the end of the echo. Permanently.")).toEqual([
      'overpromise',
    ]);
    expect(rulesFind('Zero buffering on Saturday, promise.')).toEqual(['overpromise']);
    expect(rulesFind('Zero downtime during your gala week. You have my word on that.')).toEqual(['overpromise']);
    expect(rulesFind('The bank will refund every donor within 24 hours.')).toEqual(['overpromise']);
    expect(rulesFind("Rest assured, the carrier will have the venue's signal back by tomorrow morning.")).toEqual([
      'overpromise',
    ]);
    expect(rulesFind('这个毛病以后永远不会再犯。')).toEqual(['overpromise']);
    expect(rulesFind('回声问题我们已经彻底根治了。')).toEqual(['overpromise']);
    expect(rulesFind('观众再多也扛得住。')).toEqual(['overpromise']);
    expect(rulesFind('微信那边明天肯定就过了。')).toEqual(['overpromise']);
    expect(rulesFind('就算现场只有一格信号，您的直播也照样高清不断。')).toEqual(['overpromise']);
    expect(rulesFind('连麦单边没声音这种事再也不会发生了。')).toEqual(['overpromise']);
    expect(
      rulesFind("The bank says refunds usually take 3–5 working days; I'll check on Friday that they've arrived."),
    ).toEqual([]);
    expect(rulesFind('要说彻底根治还早，我们会再观察两周。')).toEqual([]);
    expect(rulesFind('银行那边一般 3 到 5 个工作日到账，周五我再帮您确认一次。')).toEqual([]);
    expect(rulesFind('不管结果如何，我们都会在周五前同步一次。')).toEqual([]);
    expect(rulesFind("I'll personally call you at 3pm, promise.")).toEqual([]);
    expect(rulesFind('There was no downtime on our platform during your event. I’m certain of that.')).toEqual([]);
    expect(rulesFind('我们的产品永远不会有广告。')).toEqual([]);
    expect(rulesFind('这次的修复能否彻底根治，还需要再观察一周。')).toEqual([]);
    expect(rulesFind('问题再多也没关系，您随时发给我们。')).toEqual([]);
    expect(rulesFind('人再多我们也会安排专人对接。')).toEqual([]);
    expect(rulesFind('如果苹果明天就能审核通过，我们周五就可以上线。')).toEqual([]);
    expect(rulesFind('银行那边说 24 小时内就会到账，如果明天还没到，请告诉我。')).toEqual([]);
    expect(rulesFind('PayPal will refund you within 24 hours.')).toEqual(['overpromise']);
  });
});

describe('shapes seen on the seventy-eighth to eighty-fifth tables', () => {
  it('reads blame in a cause linked to their people or things, and not in who met the trouble', () => {
    const echo = 'The echo your counsellors hear is from their laptop speakers being turned up too loud.';
    expect(rulesFind(echo)).toEqual(['blame']);
    // Pointed back with "it's", the trouble is named elsewhere in the reply.
    expect(rulesFind("The video froze again. Looks like it's down to the kids' home internet.")).toEqual(['blame']);
    expect(rulesFind('Most of the drops we see come from clients joining on old phones.')).toEqual(['blame']);
    expect(rulesFind("The issue appears to originate with your studio's own equipment.")).toEqual(['blame']);
    expect(rulesFind('The dropouts your team saw yesterday came from a bad settings change we pushed.')).toEqual([]);
    expect(rulesFind('The freezes your students saw came from our Singapore servers.')).toEqual([]);
    expect(rulesFind("It isn't from your network, it came from our edge.")).toEqual([]);
    expect(rulesFind("If it's coming from your network, we'll see it in the logs.")).toEqual([]);
    expect(rulesFind('The crackling comes from Opus FEC being off for your project.')).not.toContain('blame');
  });

  it('reads blame in what their people got wrong or left undone, not in what was ours or only possible', () => {
    expect(rulesFind('You typed the wrong email when you created the account, so the invite never arrived.')).toEqual([
      'blame',
    ]);
    expect(rulesFind('Nobody on your side upgraded, so the streams stopped at midnight.')).toEqual(['blame']);
    expect(rulesFind("You didn't renew in time, so the rooms stopped.")).toEqual(['blame']);
    expect(rulesFind('If you typed the wrong email, just send me the right one.')).toEqual([]);
    expect(rulesFind('Nobody on your side did anything wrong.')).toEqual([]);
    expect(rulesFind('No one on your side needs to do anything.')).toEqual([]);
    const ours = "I've asked our manager to add you to the list; I'm sorry nobody responded over the weekend.";
    expect(rulesFind(ours)).toEqual([]);
    expect(rulesFind('是学生自己网络的问题，跟我们没关系。')).toEqual(['blame']);
    expect(rulesFind('您问是不是学员家里网络不好导致的——从数据看不是，是我们录制服务排队太长了。')).toEqual([]);
    expect(rulesFind('我确认下理解对不对：只有老师开着摄像头的时候，学生那边白板才会延迟？')).toEqual([]);
  });

  it('reads a flawless recovery or a settled outcome as a promise, not our own careful work', () => {
    expect(rulesFind('别担心，昨天丢失的问诊录像一个不少都能找回来。')).toEqual(['overpromise']);
    expect(rulesFind('这次之后，车载视频就彻底稳了。')).toEqual(['overpromise']);
    expect(rulesFind('我们会一个不少地核对每一条记录。')).toEqual([]);
    expect(rulesFind('大部分录像都能找回来，我们正在核对。')).toEqual([]);
  });

  it('reads a certainty tagged on or given for others as a promise, and not a word from us whatever happens', () => {
    expect(rulesFind("We're moving you to the new cluster: zero frozen frames after that, guaranteed.")).toEqual([
      'overpromise',
    ]);
    expect(rulesFind('Apple will approve the new version within 24 hours.')).toEqual(['overpromise']);
    expect(rulesFind("Your app will pass Apple's review this time.")).toEqual(['overpromise']);
    expect(rulesFind('Your stream will be back up in exactly 10 minutes.')).toEqual(['overpromise']);
    expect(rulesFind("We'll make sure none of your viewers ever sees buffering.")).toEqual(['overpromise']);
    expect(rulesFind("We'll have the report done by tonight; you can tell your director it's handled.")).toEqual([
      'overpromise',
    ]);
    expect(rulesFind('Nothing like this will happen during your audit.')).toEqual(['overpromise']);
    expect(rulesFind("I can't promise you zero freezes.")).toEqual([]);
    expect(rulesFind("We'll pass your review notes to the team.")).toEqual([]);
    expect(rulesFind('Every one of them disconnects at exactly 03:00.')).toEqual([]);
    expect(rulesFind("Best guess is early next week, and I'll update you Friday at 3pm whatever happens.")).toEqual([]);
    expect(rulesFind('不管学员用什么手机，照片都会清清楚楚。')).toEqual(['overpromise']);
    expect(rulesFind('这次扩容之后，就算同时来 100 万观众也不会卡。')).toEqual(['overpromise']);
    expect(rulesFind('修好了，不会再犯。')).toEqual(['overpromise']);
    expect(rulesFind('研发那边周五下午 3 点前 100% 能出修复。')).toEqual(['overpromise']);
    expect(rulesFind('不管有没有结论，我都会同步一次。')).toEqual([]);
    expect(rulesFind('不管哪种，您发的录音我今天都会听一遍。')).toEqual([]);
  });

  it('takes an owner, a correction or an account restored as the step after an apology', () => {
    // The mention draws its own finding: an agent did not write it.
    expect(rulesFind('Apologies. <@U03NET> from our network team now owns this.')).not.toContain(
      'apology_without_action',
    );
    expect(rulesFind('My apologies, I gave you the wrong link. The correct guide for pairing is here.')).toEqual([]);
    expect(rulesFind('抱歉！您说的那个学生账号我已经解封了。')).toEqual([]);
    expect(rulesFind('真不好意思，我已经把告警改成余额剩 20% 时提醒。')).toEqual([]);
    expect(rulesFind('不好意思打扰一下，能把那节课的课程编号发我吗？')).toEqual([]);
    // "这一点" is no time, and 会员 no "会": neither makes the apology concrete.
    expect(rulesFind('我代表整个团队向您道歉。这一点我们很清楚。')).toEqual(['apology_without_action']);
    expect(rulesFind('抱歉。我们知道会员们有多期待每周六的直播。')).toEqual(['apology_without_action']);
    expect(rulesFind('抱歉。客户就站在旁边看着，确实很难受。')).toEqual(['apology_without_action']);
  });

  it('keeps the new shapes off reassurance, our own slips, product timers, advice and a trouble reproduced', () => {
    for (const clean of [
      "That's down to your preference — both options work fine.",
      "It's from your colleague Sarah, she forwarded it to us this morning.",
      "You didn't pay twice; the second line is a pending hold.",
      'None of your students paid anything extra, I checked every invoice.',
      "Your admin never replied because our email bounced; I've resent it.",
      "Your team didn't confirm the slot yet, so it's still open — no rush.",
      "Since you didn't renew, the plan ends on the 30th; I can send a renewal link.",
      'Upload progress on your side shows: 100%.',
      "Whether Apple will approve it is up to their review team; I'll let you know.",
      'The reset link will expire in exactly 24 hours, so use it today.',
      'Please make sure none of your admins ever share the API key.',
      'The warning banner goes away completely once you verify your domain.',
      "We'll keep you posted no matter what we find.",
      'Your students scored in the 90th percentile on the mock exam.',
      'The fire marshal needs the egress route on the floor plan.',
      '我们在确认是不是都能找回来，今天下午 5 点前给您结果。',
      '只要云端备份还在，都能恢复，我先帮您查一下备份。',
      '我们测了一下，不管开不开美颜都会出现这个问题，已经提给研发了。',
      '在您的设备上 100% 会复现，我们已经定位到原因了。',
      '昨晚卡顿率降到零了，我们还会再观察一周。',
      '从今天起，您都不用再手动刷新了——自动刷新我们昨晚已经上线。',
      '进不去的时候，学生那边有没有报错提示？',
    ])
      expect(rulesFind(clean), clean).toEqual([]);
    expect(rulesFind('抱歉，下周更新以后可能还是会有这个问题。')).toEqual(['apology_without_action']);
    expect(rulesFind('抱歉，这个账号昨天又被风控锁了，之前已经解锁了一次。')).toEqual(['apology_without_action']);
  });

  it("lists the words of signing, certificates and metered billing, and keeps the customer's trade words plain", () => {
    expect(rulesFind('The webhook signature is HMAC-SHA256 over the raw body.')).toEqual(['jargon']);
    expect(rulesFind('Your March invoice includes a true-up against your committed MAU.')).toEqual(['jargon']);
    expect(rulesFind('Egress is billed per GB after the first 500 GB.')).toEqual(['jargon']);
    expect(rulesFind('进房失败是证书轮换后 DTLS 握手失败。')).toEqual(['jargon']);
    // A status code is the developers' own word, and an emoji code is no handshake.
    expect(rulesFind('Per our logs, your token server returned 500s all morning.')).not.toContain('jargon');
    expect(rulesFind("We'll credit the whole month, easy. Consider it done :handshake:")).not.toContain('jargon');
    expect(rulesFind('For your DJ rooms it runs in music mode with stereo on.')).toEqual([]);
    expect(rulesFind('Your app is flooding our servers with PLIs. That is what is killing the picture.')).toContain(
      'jargon',
    );
    expect(rulesFind('The stream sends a full picture (a keyframe) only every 10 seconds.')).toEqual([]);
    expect(rulesFind('FEC 冗余比例调到了 30%，明早 10 点（雅加达时间）再同步。')).toEqual(['jargon']);
    expect(rulesFind('您 IT 同事问到的 TURN 服务器，我们可以提供专属地址。')).toEqual([]);
    expect(rulesFind('我跟您同事说的 TURN 服务器已经配好了。')).toEqual(['jargon']);
  });
});

describe('shapes seen on the seventy-fourth to seventy-seventh tables', () => {
  it('reads blame in a cause named as theirs after the trouble (…，是你们…), and not where it is denied or asked', () => {
    expect(rulesFind('直播回放少了一段，是因为贵司运营提前点了结束录制。')).toEqual(['blame']);
    expect(rulesFind('画面上下颠倒，是你们 App 没处理横竖屏切换。')).toEqual(['blame']);
    expect(rulesFind('这次掉线不恢复是你们客户端没监听断线回调造成的。')).toEqual(['blame']);
    expect(rulesFind('回放少了一段，不是你们的操作问题，是我们录制服务重启了。')).toEqual([]);
    expect(rulesFind('回放少了一段，是你们那边点了结束吗？')).toEqual([]);
    expect(rulesFind('谢谢，是您提醒我们看了一下日志，才找到问题。')).toEqual([]);
    expect(rulesFind('确实是你们发版那天开始的，不过只是巧合，同一天我们也上线了改动。')).toEqual([]);
    expect(rulesFind('这是您的工单号，问题我们已经在查。')).toEqual([]);
  });

  it('reads blame in a lesson for their people, a door they closed, a denial of any issue on our side', () => {
    expect(rulesFind('讲师那边回声很大，你们行政得规范一下会议室的布置。')).toEqual(['blame']);
    expect(rulesFind('音视频端口全被贵司信息部封了，连不上很正常。')).toEqual(['blame']);
    expect(rulesFind('Please ask your hosts to stop switching apps mid-stream.')).toEqual(['blame']);
    expect(rulesFind('Please ask your hosts to share the time the stream froze.')).toEqual([]);
    expect(rulesFind("We're not seeing any issues on our side. Have your developers check the app.")).toEqual([
      'blame',
    ]);
    expect(rulesFind("We're not seeing any issues on our side yet, so I'm pulling the call traces now.")).toEqual([]);
    expect(rulesFind("That's their home networks, not our servers.")).toEqual(['blame']);
    expect(rulesFind("Frankly that's a user-side problem.")).toEqual(['blame']);
    expect(rulesFind('Not an SDK issue.')).toEqual(['blame']);
  });

  it('takes a term their report names as theirs; no blame where the cause is ours or their suspicion set aside', () => {
    expect(rulesFind('Your report mentions the kbps figures dropping around 21:00.')).toEqual([]);
    expect(rulesFind('The kbps figures dropped around 21:00.')).toEqual(['jargon']);
    expect(notBlameByExample('原因在我们这边：新版本判断权限的逻辑写反了。不是贵司前端的问题。')).toBe(true);
    expect(notBlameByExample('原因在我们这边吗？')).toBe(false);
    expect(notBlameByExample('It was on our side.')).toBe(true);
    expect(notBlameByExample('Is it on our side?')).toBe(false);
    expect(disclaimsPromises('The fix is deployed.')).toBe(true);
    expect(disclaimsPromises('The fix is deployed and it will never happen again.')).toBe(false);
    expect(disclaimsPromises("Once the region is live, you won't have drops any more.")).toBe(false);
    expect(notBlameByExample("It was our server restart, so please don't spend time on the Wi-Fi.")).toBe(true);
    expect(notBlameByExample('不是我们的问题，是贵司前端的问题。')).toBe(false);
  });

  it('reads time zones, deal paperwork, a path, a parcel number and a phone model as plain', () => {
    expect(rulesFind("I'll be in this channel from 18:00 KST, and the NDA is signed.")).toEqual([]);
    expect(rulesFind("The freeze comes from MediaCodec's hardware encoder.")).toEqual(['jargon']);
    expect(rulesFind('Please note NV12 frames are converted before encoding.')).toEqual(['jargon']);
    expect(rulesFind('The logs are in `%APPDATA%\\ClaimsDesk\\rtc\\logs`.')).toEqual([]);
    expect(rulesFind('The invoice went out by courier, tracking number SF1423887765.')).toEqual([]);
    expect(rulesFind('We tried the same OPPO A57 at night and saw the grey picture too.')).toEqual([]);
    expect(rulesFind('The gateway speaks GB28181 to the cameras.')).toEqual(['jargon']);
    expect(rulesFind('The WebView blocks the microphone prompt.')).toEqual(['jargon']);
  });

  it('does not read blame in our deed on their things, a permission, or a promise that nothing will go wrong', () => {
    expect(rulesFind('我已经在贵司的项目里把这个开关关了，您再试试。')).toEqual([]);
    expect(rulesFind('您可以把这个工单关了。')).toEqual([]);
    expect(rulesFind('贵司把这个开关关了，所以才没声音。')).toEqual(['blame']);
    expect(rulesFind('周六的活动我们保证一点问题都没有。')).toEqual(['overpromise']);
  });

  it('reads certainty about a future no outcome word names, and a certainty said on its own after it', () => {
    expect(rulesFind('Finance will sign the order form tomorrow for sure.')).toEqual(['overpromise']);
    expect(rulesFind('The Frankfurt region goes live on the 3rd, definitely, so plan your launch around it.')).toEqual([
      'overpromise',
    ]);
    expect(rulesFind('All of the lost clips will be restored. I guarantee it.')).toEqual(['overpromise']);
    expect(rulesFind("I'll definitely look into it this afternoon.")).toEqual([]);
    expect(rulesFind("I'll make sure the engineer reads your ticket first thing tomorrow.")).toEqual([]);
    expect(rulesFind('We will post an update by 5 pm. I promise.')).toEqual([]);
    expect(rulesFind('Nobody can guarantee zero drops over a mobile network.')).toEqual([]);
    expect(rulesFind('合同今天之内肯定能盖完章寄出。')).toEqual(['overpromise']);
    expect(rulesFind('首播那天观众的延迟绝对压在一秒以内，这个我拍胸脯保证。')).toEqual(['overpromise']);
    expect(rulesFind('主播用手机热点开播，画面肯定卡。')).not.toContain('overpromise');
    expect(rulesFind('我们一定高度重视。')).toEqual([]);
    expect(rulesFind('问题肯定不在您的配置上，我们在查服务端。')).toEqual([]);
    expect(rulesFind('您问下周会不会再卡，这个我给不了百分之百的答复。')).toEqual([]);
    expect(rulesFind("I've added a second admin so you're not locked out if it happens again.")).toEqual([]);
  });

  it('keeps the new shapes off a yes, thanks, a report, a request and our own plans', () => {
    expect(rulesFind("Absolutely, I'll resend it now.")).toEqual([]);
    expect(rulesFind("We'll be there. I promise.")).toEqual([]);
    expect(rulesFind('No problem from our side — happy to move the call to Thursday.')).toEqual([]);
    expect(rulesFind("I'm telling you, everything is fine on our end.")).toEqual(['blame']);
    expect(rulesFind("We'd be happy to train your team to read the dashboards.")).toEqual([]);
    expect(rulesFind('It was a client-side bug in our Android SDK; the fix ships on Monday.')).not.toContain('blame');
    expect(rulesFind('好的，是你们上周提的需求，我们已经排进下个版本了。')).toEqual([]);
    expect(rulesFind('被你们删除的录像，我们可以在 7 天内帮你们恢复。')).toEqual([]);
    expect(rulesFind('好的，我们照做。')).toEqual([]);
    expect(rulesFind('你们要换个套餐的话，我可以帮忙算一下费用。')).toEqual([]);
    expect(rulesFind('请您一定先备份数据再升级。')).toEqual([]);
    expect(rulesFind('是你们那边升级了 SDK 吗，我们看到版本号变了。')).toEqual([]);
  });
});

describe('shapes seen on the ninety-fourth to ninety-seventh tables', () => {
  it('reads their side named with a fault of its own in Chinese, and clears what clears them', () => {
    expect(rulesFind('主要还是收银台那几台电脑太旧了，开着视频就跑不动。')).toEqual(['blame']);
    expect(rulesFind('是不是馆里的同事把摄像头的电源拔了？我们看到每天六点准时离线。')).toEqual(['blame']);
    expect(rulesFind('分拣中心的无线覆盖不到三号月台，所以对讲总是断。')).toEqual(['blame']);
    expect(rulesFind('卡顿是仓库那台路由器引起的，建议换一台。')).toEqual(['blame']);
    expect(rulesFind('不是司机们操作的问题，是我们推送的版本有 bug，已经回滚。')).toEqual([]);
    expect(rulesFind('给贵司仓库造成的影响，我们深表歉意，今晚十点前给出复盘。')).toEqual([]);
    expect(rulesFind('请问司机们用的是哪款手机？只是为了对一下记录。')).toEqual([]);
    expect(rulesFind('网速跟不上的时候，App 会自动切到流畅画质，您不用做任何设置。')).toEqual([]);
    expect(rulesFind('你们提到改过安全组，我们也在核对自己的变更记录，下午三点一起对一下时间线。')).toEqual([]);
    expect(rulesFind('视频开得多的话，手机差一点就吃不消，所以我们把画面调小了。')).toEqual([]);
    expect(rulesFind('你们的工作人员不太会操作导播台，切换的时候老是黑屏。')).toEqual(['blame']);
    expect(rulesFind('会场的网线接头都没插紧，所以信号时有时无。')).toEqual(['blame']);
    expect(rulesFind('骑手手机太旧也能用，我们专门做了低端机适配。')).toEqual([]);
    expect(rulesFind('员工忘记签到的情况，系统会自动发提醒。')).toEqual([]);
    expect(rulesFind('展厅信号不好的角落，我们可以免费提供两台 5G 路由器过去用。')).toEqual([]);
    expect(rulesFind('你们的 IT 同事说他们没改过任何配置，我们也确认了问题在我们这边。')).toEqual([]);
  });

  it('reads others or our lab said to be fine in Chinese, not our other nodes', () => {
    expect(rulesFind('其他仓库都用得好好的，要不您再看看自己那边的网络？')).toEqual(['blame']);
    expect(rulesFind('同一批设备在我们实验室跑了两天都没问题，建议贵司先自查一下。')).toEqual(['blame']);
    expect(rulesFind('我们这边各项指标都很正常呢～')).toEqual(['blame']);
    expect(rulesFind('同时段其他节点都正常，是我们北京的节点出了故障，已经切走。')).toEqual([]);
    expect(rulesFind('夜视画面发绿的问题修好了，我们测了 20 台设备都正常了。有问题随时找我。')).toEqual([]);
  });

  it('reads a soft suggestion that their people change as blame, not a stopgap while we fix ours', () => {
    expect(rulesFind("We'd gently suggest your drivers keep the app open during deliveries.")).toEqual(['blame']);
    expect(rulesFind("I'd recommend the guides stand closer to the router during the tour.")).toEqual(['blame']);
    expect(rulesFind("I'd suggest your team use the backup link while we fix our relay.")).toEqual([]);
    expect(rulesFind("It'd help a lot if your candidates closed Zoom and Teams before the exam.")).toEqual(['blame']);
    expect(
      rulesFind("I'd ask the proctors to note the exact time of any freeze — it helps us find it in our logs."),
    ).toEqual([]);
    expect(
      rulesFind("We'd suggest your drivers update to 4.2 once it's out — that release contains our fix for the crash."),
    ).toEqual([]);
    expect(
      rulesFind(
        "We'd recommend your admins enable the new setting; it's our default that was wrong, and that's on us.",
      ),
    ).toEqual([]);
  });

  it('reads our platform said to have run normally, and nobody else seeing it, as blame', () => {
    expect(rulesFind('Our platform operated normally throughout the auction.')).toEqual(['blame']);
    expect(rulesFind('No other museum on this version is seeing it.')).toEqual(['blame']);
    expect(rulesFind("Other warehouses don't have this problem.")).toEqual(['blame']);
    expect(rulesFind('Our media servers performed exactly as expected the entire time.')).toEqual(['blame']);
    expect(rulesFind('Nobody else has raised this with us.')).toEqual(['blame']);
    expect(rulesFind('这个版本已经发了一个月，您是第一个说有问题的。')).toEqual(['blame']);
    expect(rulesFind('别的物流公司用同一个版本都没出现过这种情况。')).toEqual(['blame']);
    expect(
      rulesFind("Our platform ran normally until 14:02, when our relay failed; that's on us and it's fixed."),
    ).toEqual([]);
    expect(rulesFind('No other customer has needed this yet, but we can turn it on for you today.')).toEqual([]);
  });

  it('reads trouble promised away for good as a promise, not a record or a promise declined', () => {
    expect(rulesFind('一点延迟都不会有，您放心。')).toEqual(['overpromise']);
    expect(rulesFind('这次升级之后，一台都不会再失败。')).toEqual(['overpromise']);
    expect(rulesFind('以后直播再也没有卡顿了。')).toEqual(['overpromise']);
    expect(rulesFind('升级后服务将永久稳定运行。')).toEqual(['overpromise']);
    expect(rulesFind('银行那边三个工作日内必到账。')).toEqual(['overpromise']);
    expect(rulesFind("After tonight's update your call-in lines are bulletproof.")).toEqual(['overpromise']);
    expect(rulesFind('Nothing is going to interrupt the auction now.')).toEqual(['overpromise']);
    expect(rulesFind('Calls will be crisp on any network after this release.')).toEqual(['overpromise']);
    expect(rulesFind('The glitch is gone forever.')).toEqual(['overpromise']);
    expect(rulesFind('The new relay means zero dropouts, full stop.')).toEqual(['overpromise']);
    expect(rulesFind('升级之后就彻底没有回声了。')).toEqual(['overpromise']);
    expect(rulesFind("We'll run the test on any device you send us.")).toEqual([]);
    expect(rulesFind('Your account manager is rock solid on the contract details, so loop her in.')).toEqual([]);
    expect(rulesFind('一次失败都不会计费，失败的通话不扣分钟数。')).toEqual([]);
    expect(rulesFind('以后如果发现画面没有卡顿但声音断了，请先截图发我们。')).toEqual([]);
    expect(rulesFind('我们会确保每一位值班工程师都拿到贵司的应急预案。')).toEqual([]);
    expect(rulesFind('我没法保证以后一次都不会断，但一旦断线我们五分钟内通知您。')).toEqual([]);
    expect(rulesFind('昨天压测五万人同时在线，一次掉线都没有。')).toEqual([]);
    expect(
      rulesFind("We can't promise nothing will ever go wrong, but we'll have an engineer watching the whole show."),
    ).toEqual([]);
    expect(rulesFind('The last three shows ran without a single dropout.')).toEqual([]);
  });
});

describe('shapes seen on the ninety-eighth to hundred-and-first tables', () => {
  it('reads a line or a device owned by any place or people of theirs, not ours or an audience', () => {
    expect(rulesFind("The bakery's upload speed is really weak, which explains the blurry livestream.")).toEqual([
      'blame',
    ]);
    expect(rulesFind("The recruiters' old laptops are the bottleneck here.")).toEqual(['blame']);
    expect(rulesFind('The Wi-Fi at the community hall is notoriously patchy.')).toEqual(['blame']);
    expect(rulesFind("It's likely something specific to the studio's setup.")).toEqual(['blame']);
    expect(
      rulesFind("The stream's connection was weak because our relay was overloaded; we've moved you to another one."),
    ).toEqual([]);
    expect(
      rulesFind("The phone's connection was slow, so our app sent a lower-quality picture to keep the call going."),
    ).toEqual([]);
    expect(
      rulesFind("When the caller line went quiet, was the studio on the new building's network or the old one?"),
    ).toEqual([]);
    expect(
      rulesFind(
        "It looked like the trainers' phones were the problem, but their connections were fine — our relay was " +
          'dropping data.',
      ),
    ).toEqual([]);
  });

  it('reads our test, our other customers or our side as the argument, and a nudge to look at theirs', () => {
    expect(rulesFind('None of our other yoga studios had this yesterday.')).toEqual(['blame']);
    expect(rulesFind('Nothing failed on our end.')).toEqual(['blame']);
    expect(rulesFind("We've tried it in our lab on ten tablets and it works every time.")).toEqual(['blame']);
    expect(rulesFind("I'd look at what your IT team changed on Monday.")).toEqual(['blame']);
    expect(rulesFind('Might be worth asking your app vendor what they shipped last week.')).toEqual(['blame']);
    expect(rulesFind('Could it be that the trainers are streaming from the basement studio?')).toEqual(['blame']);
    expect(rulesFind('Is it possible the receptionist unplugged the camera?')).toEqual(['blame']);
    expect(rulesFind("Nothing failed on our end after the 14:20 rollback, and tonight's class went through.")).toEqual(
      [],
    );
    expect(rulesFind("I'd look at your logs together if you can send them over.")).toEqual([]);
    expect(rulesFind('Could it be that the servers are running hot?')).toEqual([]);
  });

  it('reads leading questions, causes and refusals about their side in Chinese, not neutral ones', () => {
    expect(rulesFind('会不会是健身房的网络把直播平台屏蔽了？')).toEqual(['blame']);
    expect(rulesFind('教练们用的平板是不是太旧了？')).toEqual(['blame']);
    expect(rulesFind('讲解员一直用手挡着镜头，画面当然不全。')).toEqual(['blame']);
    expect(rulesFind('场馆的网络是贵司自己搭的，这块不归我们管。')).toEqual(['blame']);
    expect(rulesFind('我们拿同款平板测了一上午，完全正常。')).toEqual(['blame']);
    expect(rulesFind('声音小是跟拍老师麦克风设置的问题。')).toEqual(['blame']);
    expect(rulesFind('是不是用的流量？')).toEqual([]);
    expect(rulesFind('会不会是我们的服务器太慢了？')).toEqual([]);
    expect(rulesFind('您问是不是学员网络太差——从数据看不是，是我们的节点故障。')).toEqual([]);
    expect(rulesFind('部分观众在公司网络里，连不上我们的服务器，所以会慢一些。我们已经加了中转。')).toEqual([]);
    expect(rulesFind('展会现场的网络不归我们管，建议现场备一个 5G 热点。')).toEqual([]);
    expect(rulesFind('修复后我们测了一上午，完全正常。')).toEqual([]);
    expect(rulesFind('我不想先入为主说是工地网络的问题，麻烦先跑一下测速。')).toEqual([]);
  });

  it("reads someone else's decision given a day, and a good outcome promised whatever happens, as promises", () => {
    expect(rulesFind('The bank will have the refund back on your card by Friday.')).toEqual(['overpromise']);
    expect(
      rulesFind('Apple will approve the new build on Wednesday, so your members can update this weekend.'),
    ).toEqual(['overpromise']);
    expect(rulesFind('华为应用市场那边明天就能上架，学员周末就能用上。')).toEqual(['overpromise']);
    expect(rulesFind('Members will see the class in full HD regardless of their home internet.')).toEqual([
      'overpromise',
    ]);
    expect(rulesFind('Even in basements, every trainer will connect instantly with the new version.')).toEqual([
      'overpromise',
    ]);
    expect(rulesFind('不管会员家里网速怎么样，看直播都是高清不卡。')).toEqual(['overpromise']);
    expect(rulesFind('Not a second of lag between the coach and the living room.')).toEqual(['overpromise']);
    expect(
      rulesFind("It'll all be sorted before your class starts at 7, even though we haven't found the cause yet."),
    ).toEqual(['overpromise']);
    expect(
      rulesFind(
        "I can't give you a date for Apple's review; we submitted it this morning and I'll post here when it's " +
          'approved.',
      ),
    ).toEqual([]);
    expect(
      rulesFind('We sent the refund today; your bank usually takes three to five working days to show it.'),
    ).toEqual([]);
    expect(rulesFind('银行那边一般三到五个工作日到账，具体以银行为准。')).toEqual([]);
    expect(rulesFind("No matter what, we'll update you by 5pm.")).toEqual([]);
    expect(rulesFind('不管有没有查到原因，今天下午5点前我都会在群里更新一次进展。')).toEqual([]);
    expect(rulesFind('Not one freeze so far this week since the fix.')).toEqual([]);
    expect(rulesFind("I'll update you before the class starts at 7.")).toEqual([]);
  });

  it('reads a plan laid out as a list, and steps done in Chinese shorthand, as what follows an apology', () => {
    expect(
      rulesFind(
        "Really sorry for the dropped class. Here's the plan:\n• today: credit for the session\n• Friday: a call " +
          'with you to go through the fix',
      ),
    ).not.toContain('apology_without_action');
    expect(rulesFind('实在抱歉，发票抬头开错了，已作废重开，新的发到您邮箱了。')).toEqual([]);
    expect(rulesFind('抱歉让您久等，从今天起由小周专门对接贵司。')).toEqual([]);
    expect(rulesFind('Really sorry for the dropped class.')).toEqual(['apology_without_action']);
    expect(rulesFind('实在抱歉，给您添麻烦了。')).toEqual(['apology_without_action']);
  });

  it('reads their people as the cause whatever their role, their slips, and plain orders to change', () => {
    expect(
      rulesFind(
        'The receptionists are leaving the mic open next to the speaker, which is why everyone hears the echo.',
      ),
    ).toEqual(['blame']);
    expect(rulesFind("Your trainers keep three tabs open, which is what's crashing the room.")).toEqual(['blame']);
    expect(rulesFind('Your coaches are on phones from 2016.')).toEqual(['blame']);
    expect(rulesFind('The lag resulted from your instructor switching between networks mid-class.')).toEqual(['blame']);
    expect(rulesFind('Someone on the front desk team switched the camera off by mistake.')).toEqual(['blame']);
    expect(rulesFind('Whoever scheduled the class picked the wrong time zone.')).toEqual(['blame']);
    expect(rulesFind('Have your IT folks blocked the studio ports again?')).toEqual(['blame']);
    expect(rulesFind("Wouldn't the members' home Wi-Fi be the likelier culprit?")).toEqual(['blame']);
    expect(rulesFind('Maybe train your coaches to plug the laptop in before class.')).toEqual(['blame']);
    expect(rulesFind('Your trainers need to stop streaming from three devices in one room.')).toEqual(['blame']);
    expect(rulesFind("The servers were overloaded, which is why the class froze; we've added capacity.")).toEqual([]);
    expect(rulesFind('If someone picked the wrong time zone, we can fix it for you in a minute.')).toEqual([]);
    expect(rulesFind("We switched the camera off by mistake during maintenance; it's back on.")).toEqual([]);
    expect(rulesFind('While we fix our relay, ask your coaches to use the backup link.')).toEqual([]);
  });

  it('reads the words of distributed systems and card disputes as jargon, not figures customers quote', () => {
    expect(rulesFind('The 502s came from our ingress controller during the leader election.')).toEqual(['jargon']);
    expect(rulesFind('重复扣费是计费链路里幂等键冲突导致的，多扣的那笔已经作废。')).toEqual(['jargon']);
    expect(rulesFind('Your logs show the user left the channel at 14:02:11 with reason code 3.')).toEqual([]);
    expect(rulesFind('直播间的卡顿率明早我跟您一起看。')).toEqual([]);
  });

  it("reads a review's near variants of these shapes, and keeps a test after a fix clean", () => {
    expect(rulesFind('The Wi-Fi in the school gym drops out every few minutes, so the stream keeps freezing.')).toEqual(
      ['blame'],
    );
    expect(rulesFind("The church hall's router keeps restarting during the service.")).toEqual(['blame']);
    expect(rulesFind("The upload at the dental clinic's front office is too weak for two cameras.")).toEqual(['blame']);
    expect(rulesFind('培训中心的路由器老化严重，所以会议一直掉线。')).toEqual(['blame']);
    expect(rulesFind('讲师们家里的宽带晚上很不稳定。')).toEqual(['blame']);
    expect(rulesFind('We reproduced your setup in our lab and it works perfectly every time.')).toEqual(['blame']);
    expect(rulesFind('我们拿同款平板在实验室跑了一下午，一次都没断过。')).toEqual(['blame']);
    expect(rulesFind('我们这边最近一个版本都没发，服务也一直很稳定。')).toEqual(['blame']);
    expect(rulesFind('Please have your IT department whitelist our domains — that is the fix.')).toEqual(['blame']);
    expect(rulesFind('Did your network team change the proxy settings again?')).toEqual(['blame']);
    expect(rulesFind('宾客都挤在一个热点上，画面卡也是正常的。')).toEqual(['blame']);
    expect(rulesFind('修复上线后，我们拿同款手机测了20次，都正常，今晚我们会继续盯贵司的直播间。')).toEqual([]);
    expect(rulesFind('如果学生网络比较差，App会自动降低画质，优先保证声音不断，这是正常的设计。')).toEqual([]);
    expect(
      rulesFind("Sorry about the missed recording; Anna has re-exported it and it's in your dashboard now."),
    ).toEqual([]);
    expect(rulesFind('不好意思让您久等，计划如下：\n• 今天：回滚音频更新\n• 明天上午十点：同步根因')).toEqual([]);
  });

  it('reads trouble-free outcomes promised in more words, and not a record of one', () => {
    expect(rulesFind('新版对讲不管在哪个山沟里，声音都不会断。')).toEqual(['overpromise']);
    expect(rulesFind('从下周开始，教练在场馆任何角落都能秒通。')).toEqual(['overpromise']);
    expect(rulesFind('我们郑重承诺，周六的直播将全程无任何中断。')).toEqual(['overpromise']);
    expect(rulesFind('健身直播后面会一直非常顺畅。')).toEqual(['overpromise']);
    expect(rulesFind('OPPO 商店今天就能上架，学员晚上就能用上新版。')).toEqual(['overpromise']);
    expect(rulesFind('With the new upload setting, class recordings simply cannot fail.')).toEqual(['overpromise']);
    expect(rulesFind('No member will ever lose a class to a dropped connection again.')).toEqual(['overpromise']);
    expect(rulesFind('Your members will get no delay at all with the new servers.')).toEqual(['overpromise']);
    expect(rulesFind('昨晚的直播全程零问题，谢谢大家配合。')).toEqual([]);
    expect(rulesFind('简单说就是多发一点备用数据，路上丢了一部分也能补回来，声音不容易断。')).toEqual([]);
    expect(rulesFind('就算这样语音也不该断，这次没降下来，是我们的问题，已经提了修复。')).toEqual([]);
  });

  it('does not read the engineering word 补偿, or a compensation plan still to be sent, as a promise', () => {
    expect(rulesFind('K 歌合唱对不上拍，我们计划在 5.2 版本的 SDK 里加延迟补偿。')).toEqual([]);
    expect(rulesFind('语音房晚高峰 MOS 掉到 3.1，主要是 PLC 补偿太多。')).not.toContain('overpromise');
    expect(rulesFind('补偿方案由客户经理小陈周一跟您电话沟通。')).toEqual([]);
    expect(rulesFind('我们会给您补偿。')).toEqual(['overpromise']);
  });
});
