import type { Catalogue } from './types.js';

/** Traditional Chinese, as written in Taiwan and Hong Kong support. */
export const zhHant: Catalogue = {
  name: '繁體中文',
  direction: 'ltr',
  sentenceGap: '',
  fullStop: '。',
  category: {
    connectivity: '連線問題（斷線、無法接通）',
    av_quality: '影音品質（卡頓、延遲、模糊、回音）',
    crash: '應用程式閃退',
    feature: '功能異常（美顏、濾鏡、螢幕錄影）',
    compatibility: '特定機型或系統的問題',
    other: '一般問題',
  },
  receipt: {
    body:
      '您好，已收到您的回報，造成您的不便非常抱歉。我們已為您建立工單 *{ticket}*（{problem}）。{files}\n' +
      '客服同仁會{when}在這個討論串回覆您。方便的話，請在這裡補充通話 ID 或頻道名稱，以及發生的時間，' +
      '我們就能更快查到這通通話的狀況。',
    fileOne: '我們已收到您傳來的{file}。',
    fileMany: '我們已收到您傳來的 {count} 個檔案。',
    soon: '盡快',
    within: '{span}內',
    by: '在 {date} 前',
  },
  attachment: {
    screenshot: '截圖',
    image: '圖片',
    screen_recording: '螢幕錄影',
    video: '影片',
    audio: '錄音',
    log: '記錄檔',
    document: '文件',
    file: '檔案',
  },
  draft: {
    phrases: {
      connectivity: {
        acknowledge: '通話一再中斷真的很困擾，尤其是講到一半被切斷，非常抱歉讓您有這樣的體驗。',
        doing: '我們已將問題轉給工程師，正在查看您這幾通通話的連線紀錄。',
        tryNow: '在我們回覆之前如果又發生，可以試著在 Wi-Fi 和行動網路之間切換，通常能讓通話重新連上。',
      },
      av_quality: {
        acknowledge: '畫面和聲音斷斷續續，看不清楚也聽不清楚，確實很影響溝通，非常抱歉。',
        doing: '我們正在查看這幾通通話的品質紀錄，找出畫面或聲音是在哪個環節受到影響。',
        tryNow: '在這段期間，通話時先關閉其他會使用網路的應用程式，可能會有所改善。',
      },
      crash: {
        acknowledge: '應用程式突然閃退，尤其是在通話中，真的很困擾，非常抱歉。',
        doing: '工程師正在調查這次閃退的原因。',
        tryNow: '如果再次發生，方便的話請錄一段閃退前的螢幕畫面，能幫助我們更快找到原因。',
      },
      feature: {
        acknowledge: '這項功能沒有正常運作，確實影響使用體驗，非常抱歉。',
        doing: '我們正在檢查這項功能的狀況。',
        tryNow: '在這段期間，可以先試著重新啟動應用程式，看看功能是否恢復。',
      },
      compatibility: {
        acknowledge: '在您的裝置上發生這樣的問題，非常抱歉，我們希望應用程式在每一款手機上都能順暢使用。',
        doing: '我們正在檢查應用程式在該機型和系統版本上的表現。',
        tryNow: '如果手邊有其他裝置，告訴我們在那台裝置上是否也會發生，能幫我們更快縮小範圍。',
      },
      other: {
        acknowledge: '謝謝您告訴我們，造成您的困擾非常抱歉。',
        doing: '我們正在跟進處理。',
        tryNow: '如果還有注意到其他狀況，例如從什麼時候開始的，也歡迎在這裡補充。',
      },
    },
    followUp: {
      scenario: '請問是在什麼情境下發生的：一對一通話、直播連線，還是語音聊天室？',
      network: '當時使用的是 Wi-Fi 還是行動網路（4G/5G）？在家裡還是在外面？',
      device: '方便告訴我們手機型號和系統版本嗎（例如 iPhone 13、iOS 17）？',
      place: '當時是在家裡、公司，還是在外面？',
      os: '方便告訴我們裝置的系統版本嗎（例如 iOS 17、Android 14）？',
      timeAndRegion: '大約是什麼時間發生的？在哪個城市或地區？',
      time: '大約是什麼時間發生的（日期和時間）？',
      region: '通話雙方當時在哪個城市或地區？',
      callId: '方便的話，請提供通話 ID 或頻道名稱，我們可以直接查到這通通話的資料。',
    },
    nextUpdate: {
      urgent: '我們會在 30 分鐘內在這裡向您更新進度，即使還在調查中也會告訴您。',
      high: '我們會在 1 小時內在這裡向您更新進度，即使還在調查中也會告訴您。',
      medium_high: '我們會在 2 小時內在這裡向您更新進度，即使還在調查中也會告訴您。',
      medium: '我們會在 4 小時內在這裡向您更新進度。',
      medium_low: '我們會在 1 個工作天內在這裡向您更新進度。',
    },
    askIntro: '為了更快找到原因，方便的話請告訴我們：',
    thanksForDetails: '謝謝您提供的資訊，對我們的調查很有幫助。',
    qualityIntro: '我們查看了這通通話的狀況：',
  },
  quality: {
    frozeOnce: '畫面停頓了 1 次，約 {seconds} 秒',
    froze: '畫面停頓了 {count} 次，共約 {seconds} 秒',
    lost: '每 100 份畫面和聲音資料中，約有 {percent} 份沒有及時送達',
    late: '聲音和畫面到達的時間比平常晚（約 {seconds} 秒）',
    join: '；',
    steady: '這通通話紀錄中的網路傳輸整體是穩定的，我們會繼續從其他方面調查。',
    ourSide: '問題主要出現在我們的伺服器端，我們正在處理。',
    oneSide: '波動主要出現在通話其中一方的網路上，這在行動網路或訊號較弱時很常見。',
  },
  closing: {
    body: '工單 {ticket} 已處理完成，謝謝您的耐心等候！如果問題再次發生，直接在這個討論串回覆，我們會馬上跟進。',
    ratePrompt: '您對這次的處理滿意嗎？',
    rated: '謝謝您的評分（{rating}/5）！',
    ratingNotYours: '感謝您的關心！這張工單只能由提出問題的客戶或其團隊成員評分，所以這次點擊沒有計入。',
    ratingElsewhere: '抱歉，這次評分無法對應到該工單。請使用該工單結案訊息中的按鈕評分。',
  },
  closingNote: {
    where: {
      customer_network: '我們調查後發現，問題出在通話所使用的網路連線上',
      customer_device: '我們調查後發現，問題與應用程式在該裝置或系統版本上的運作有關',
      our_service: '我們調查後發現，問題出在我們這邊',
      customer_config: '我們調查後發現，問題與整合設定有關',
      not_found: '我們調查後，沒有發現任何一方有故障',
    },
    withCause: '{where}（{cause}）。',
    helped: '解決方式',
    weDid: '我們的處理',
    suggest: '如果再次發生，建議',
    fix: '{lead}：{fix}',
  },
  problemUpdate: {
    opening: '關於您回報的問題（工單 {ticket}），向您更新一下進度：',
    fixed: '我們已經找出問題的原因，並在我們這邊完成修復。',
    found: '我們已經找出問題的原因，並已處理完畢。',
    what: '我們做了這些：',
    next: '方便的時候請再試一次通話。如果還有不對的地方，直接在這裡回覆，我們會馬上跟進。',
    thanks: '謝謝您的回報，也謝謝您在我們處理期間的耐心。',
  },
  incidentUpdate:
    '關於您回報的問題（工單 {ticket}），向您更新一下進度：' +
    '目前也有其他客戶遇到同樣的問題，我們的工程師正在處理。您暫時不需要做任何操作。' +
    '我們會{when}在這裡向您更新下一次進度；如果問題提前解決，會第一時間通知您。',
};
