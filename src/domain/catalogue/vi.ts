import type { Catalogue } from './types.js';

/** Vietnamese, addressing the customer as "anh/chị" as support desks do. */
export const vi: Catalogue = {
  name: 'Tiếng Việt',
  direction: 'ltr',
  sentenceGap: ' ',
  fullStop: '.',
  category: {
    connectivity: 'sự cố kết nối (rớt cuộc gọi, không kết nối được)',
    av_quality: 'chất lượng âm thanh/hình ảnh (giật, trễ, mờ, vọng tiếng)',
    crash: 'ứng dụng bị thoát đột ngột',
    feature: 'tính năng không hoạt động (làm đẹp, bộ lọc, quay màn hình)',
    compatibility: 'sự cố trên một thiết bị hoặc hệ điều hành cụ thể',
    other: 'vấn đề chung',
  },
  receipt: {
    body:
      'Cảm ơn anh/chị đã báo cho chúng tôi, và rất xin lỗi vì sự bất tiện này. Chúng tôi đã tạo phiếu hỗ trợ ' +
      '*{ticket}* ({problem}).{files}\n' +
      'Nhân viên hỗ trợ sẽ trả lời anh/chị trong chuỗi tin nhắn này {when}. Nếu có ID cuộc gọi hoặc tên kênh và ' +
      'thời gian xảy ra, anh/chị vui lòng bổ sung tại đây để chúng tôi kiểm tra ngay cuộc gọi đó.',
    fileOne: ' Chúng tôi đã nhận được {file} anh/chị gửi.',
    fileMany: ' Chúng tôi đã nhận được {count} tệp anh/chị gửi.',
    soon: 'sớm nhất có thể',
    within: 'trong vòng {span}',
    by: 'trước {date}',
  },
  attachment: {
    screenshot: 'ảnh chụp màn hình',
    image: 'hình ảnh',
    screen_recording: 'video quay màn hình',
    video: 'video',
    audio: 'bản ghi âm',
    log: 'tệp nhật ký',
    document: 'tài liệu',
    file: 'tệp',
  },
  draft: {
    phrases: {
      connectivity: {
        acknowledge:
          'Rất xin lỗi vì cuộc gọi của anh/chị liên tục bị ngắt. Việc đang nói chuyện mà bị rớt cuộc gọi ' +
          'thật sự rất phiền.',
        doing: 'Chúng tôi đã chuyển cho đội kỹ sư, và họ đang kiểm tra nhật ký kết nối các cuộc gọi của anh/chị.',
        tryNow:
          'Nếu sự cố lặp lại trước khi chúng tôi phản hồi, anh/chị có thể thử chuyển qua lại giữa Wi-Fi và dữ liệu ' +
          'di động, cách này thường giúp cuộc gọi kết nối lại.',
      },
      av_quality: {
        acknowledge:
          'Rất xin lỗi vì hình ảnh và âm thanh bị giật. Không nhìn rõ, nghe rõ nhau thì thật khó trò chuyện.',
        doing:
          'Chúng tôi đang xem dữ liệu chất lượng các cuộc gọi để tìm xem hình ảnh hay âm thanh bị chậm ở khâu nào.',
        tryNow:
          'Trong lúc chờ, anh/chị có thể tắt các ứng dụng khác đang dùng mạng khi gọi, việc này có thể giúp cải thiện.',
      },
      crash: {
        acknowledge: 'Rất xin lỗi vì ứng dụng bị thoát đột ngột, nhất là khi đang trong cuộc gọi.',
        doing: 'Đội kỹ sư của chúng tôi đang tìm nguyên nhân.',
        tryNow:
          'Nếu sự cố lặp lại, một đoạn quay màn hình ngắn ngay trước lúc ứng dụng thoát sẽ giúp chúng tôi tìm ra ' +
          'nguyên nhân nhanh hơn.',
      },
      feature: {
        acknowledge: 'Rất xin lỗi vì tính năng này chưa hoạt động như mong đợi.',
        doing: 'Chúng tôi đang kiểm tra tính năng này từ phía mình.',
        tryNow: 'Trong lúc chờ, anh/chị thử khởi động lại ứng dụng một lần xem tính năng có hoạt động lại không.',
      },
      compatibility: {
        acknowledge:
          'Rất xin lỗi vì sự cố xảy ra trên thiết bị của anh/chị. Chúng tôi muốn ứng dụng chạy tốt trên mọi ' +
          'điện thoại.',
        doing: 'Chúng tôi đang kiểm tra cách ứng dụng hoạt động trên mẫu máy và phiên bản hệ điều hành đó.',
        tryNow:
          'Nếu anh/chị có sẵn thiết bị khác, cho chúng tôi biết sự cố có xảy ra trên máy đó không, để ' +
          'khoanh vùng nhanh hơn.',
      },
      other: {
        acknowledge: 'Cảm ơn anh/chị đã báo cho chúng tôi, và rất xin lỗi vì sự bất tiện này.',
        doing: 'Chúng tôi đang kiểm tra.',
        tryNow: 'Nếu anh/chị để ý thêm điều gì, chẳng hạn sự cố bắt đầu từ khi nào, vui lòng bổ sung tại đây.',
      },
    },
    followUp: {
      scenario: 'Sự cố xảy ra trong tình huống nào: cuộc gọi 1-1, livestream kết nối cùng khách mời hay phòng thoại?',
      network: 'Lúc đó anh/chị dùng Wi-Fi hay dữ liệu di động (4G/5G), ở nhà hay ở bên ngoài?',
      device: 'Anh/chị dùng điện thoại hoặc máy tính nào, phiên bản hệ điều hành bao nhiêu (ví dụ iPhone 13, iOS 17)?',
      place: 'Lúc đó anh/chị ở nhà, ở văn phòng hay ở bên ngoài?',
      os: 'Thiết bị đang chạy phiên bản hệ điều hành nào (ví dụ iOS 17 hoặc Android 14)?',
      timeAndRegion: 'Sự cố xảy ra khoảng lúc nào, và ở thành phố hoặc khu vực nào?',
      time: 'Sự cố xảy ra khoảng lúc nào (ngày và giờ)?',
      region: 'Những người trong cuộc gọi đang ở thành phố hoặc khu vực nào?',
      callId: 'Nếu có, anh/chị gửi giúp ID cuộc gọi hoặc tên kênh để chúng tôi tra đúng cuộc gọi đó.',
    },
    nextUpdate: {
      urgent: 'Chúng tôi sẽ cập nhật cho anh/chị tại đây trong vòng 30 phút, kể cả khi vẫn đang kiểm tra.',
      high: 'Chúng tôi sẽ cập nhật cho anh/chị tại đây trong vòng 1 giờ, kể cả khi vẫn đang kiểm tra.',
      medium_high: 'Chúng tôi sẽ cập nhật cho anh/chị tại đây trong vòng 2 giờ, kể cả khi vẫn đang kiểm tra.',
      medium: 'Chúng tôi sẽ cập nhật cho anh/chị tại đây trong vòng 4 giờ.',
      medium_low: 'Chúng tôi sẽ cập nhật cho anh/chị tại đây trong vòng 1 ngày làm việc.',
    },
    askIntro: 'Để tìm ra nguyên nhân nhanh hơn, anh/chị vui lòng cho chúng tôi biết:',
    thanksForDetails: 'Cảm ơn anh/chị đã cung cấp thông tin chi tiết, rất hữu ích cho chúng tôi.',
    qualityIntro: 'Chúng tôi đã xem cuộc gọi đó:',
  },
  quality: {
    frozeOnce: 'hình ảnh bị dừng một lần, khoảng {seconds} giây',
    froze: 'hình ảnh bị dừng {count} lần, tổng cộng khoảng {seconds} giây',
    lost: 'cứ 100 phần dữ liệu âm thanh và hình ảnh thì khoảng {percent} phần không đến kịp',
    late: 'âm thanh và hình ảnh đến chậm hơn bình thường (khoảng {seconds} giây)',
    join: '; ',
    steady: 'kết nối trong cuộc gọi đó nhìn chung ổn định, nên chúng tôi đang kiểm tra thêm các nguyên nhân khác.',
    ourSide: 'Phần lớn xảy ra ở máy chủ của chúng tôi, và chúng tôi đang xử lý.',
    oneSide: 'Phần lớn xảy ra ở kết nối của một người tham gia, điều thường gặp khi dùng mạng di động hoặc sóng yếu.',
  },
  closing: {
    body:
      'Chúng tôi đã đánh dấu phiếu {ticket} là đã xử lý xong. Cảm ơn anh/chị đã kiên nhẫn! Nếu sự cố lặp lại, ' +
      'anh/chị chỉ cần trả lời trong chuỗi tin nhắn này, chúng tôi sẽ tiếp nhận ngay.',
    ratePrompt: 'Anh/chị đánh giá thế nào về lần hỗ trợ này?',
    rated: 'Cảm ơn anh/chị đã đánh giá ({rating}/5)!',
    ratingNotYours:
      'Cảm ơn anh/chị đã quan tâm! Chỉ khách hàng đã gửi yêu cầu này hoặc nhóm của họ mới có thể đánh giá, nên ' +
      'lượt bấm của anh/chị chưa được tính.',
    ratingElsewhere:
      'Rất tiếc, chúng tôi không thể khớp đánh giá này với yêu cầu. Anh/chị vui lòng dùng các nút trong tin nhắn ' +
      'kết thúc của chính yêu cầu đó.',
  },
  closingNote: {
    where: {
      customer_network: 'Chúng tôi đã kiểm tra: sự cố đến từ kết nối mạng mà các cuộc gọi sử dụng',
      customer_device:
        'Chúng tôi đã kiểm tra: sự cố đến từ cách ứng dụng chạy trên thiết bị hoặc phiên bản hệ điều hành đó',
      our_service: 'Chúng tôi đã kiểm tra: sự cố nằm ở phía chúng tôi',
      customer_config: 'Chúng tôi đã kiểm tra: sự cố đến từ cách thiết lập tích hợp',
      not_found: 'Chúng tôi đã kiểm tra và không tìm thấy lỗi ở phía nào',
    },
    withCause: '{where} ({cause}).',
    helped: 'Cách khắc phục',
    weDid: 'Chúng tôi đã làm',
    suggest: 'Gợi ý nếu sự cố lặp lại',
    fix: '{lead}: {fix}',
  },
  problemUpdate: {
    opening: 'Cập nhật về sự cố anh/chị đã báo (phiếu {ticket}):',
    fixed: 'chúng tôi đã tìm ra nguyên nhân của sự cố và đã khắc phục xong ở phía chúng tôi.',
    found: 'chúng tôi đã tìm ra nguyên nhân của sự cố và đã xử lý.',
    what: 'Những gì chúng tôi đã làm:',
    next:
      'Anh/chị vui lòng thử lại trong cuộc gọi tiếp theo. Nếu vẫn còn điều gì chưa ổn, hãy trả lời tại đây, ' +
      'chúng tôi sẽ tiếp nhận ngay.',
    thanks: 'Cảm ơn anh/chị đã báo cho chúng tôi và đã kiên nhẫn trong thời gian chúng tôi xử lý.',
  },
  incidentUpdate:
    'Cập nhật về sự cố anh/chị đã báo (phiếu {ticket}): một số khách hàng khác cũng đang gặp cùng ' +
    'sự cố này, và đội kỹ sư của chúng tôi đang xử lý ngay lúc này. Hiện tại anh/chị chưa cần làm ' +
    'gì thêm. Chúng tôi sẽ gửi cập nhật tiếp theo tại đây {when}, hoặc sớm hơn ngay khi sự cố được ' +
    'khắc phục.',
};
