import type { WrittenExamples } from '../types.js';

export const VI: WrittenExamples = {
  connectivity: [
    'Người dùng cứ thấy vòng xoay mãi mà không vào được phòng.',
    'Chuyển từ wifi sang dữ liệu di động là phiên không quay lại nữa.',
    'Cứ vài phút người tham gia lại bị đẩy ra khỏi cuộc họp và phải vào lại.',
    'Chủ phòng biến mất trên màn hình người khác dù bên anh ấy vẫn còn trong phòng.',
    'Từ sáng nay người dùng ở nước ngoài không ai vào được kênh.',
    'Hiện "đang kết nối lại" rất lâu rồi bỏ cuộc.',
  ],
  av_quality: [
    'Bên kia nghe lại giọng của chính mình một lúc sau.',
    'Miệng mấp máy trước rồi tiếng mới tới, như phim lồng tiếng.',
    'Khuôn mặt vỡ thành ô vuông mỗi khi ai đó quay đầu.',
    'Lúc nào cũng có tiếng xì xì phía sau người nói.',
    'Hình đứng yên vài giây một lần trong khi tiếng vẫn chạy.',
    'Một bên nghe rất nhỏ dù đã mở âm lượng tối đa.',
  ],
  crash: [
    'Ứng dụng tự thoát ra màn hình chính khi người thứ hai vào.',
    'Bấm kết thúc cuộc gọi là cả tiến trình chết luôn.',
    'Giao diện đơ hoàn toàn và Android hỏi có muốn đóng ứng dụng không.',
    'iOS tắt ứng dụng ngay khi bật camera.',
    'Thấy SIGSEGV trong thư viện native ngay sau khi rời kênh.',
    'Trình soạn thảo Unity tự đóng không báo gì khi bấm play với plugin bật.',
  ],
  feature: [
    'Tin nhắn gửi trong cuộc gọi đến tay người khác bị lộn thứ tự.',
    'File ghi hình trên cloud không có tiếng của người thứ hai.',
    'Khi chia sẻ màn hình người xem chỉ thấy một khung đen.',
    'Làm mờ phông nền không có tác dụng, căn phòng phía sau vẫn lộ ra.',
    'Người vào sau không thấy những gì đã vẽ trên bảng trắng.',
    'Sự kiện giơ tay không bao giờ tới được chủ phòng.',
  ],
  compatibility: [
    'Trên Chrome thì ổn nhưng trên Safari khung xem trước camera trống trơn.',
    'Chỉ máy Pixel 6 bị màn hình xanh, máy Samsung thì bình thường.',
    'Từ khi lên bản iOS beta mới micro bị câm, bản cũ bình thường.',
    'Trên Firefox không ai nghe thấy chúng tôi, cùng trang đó mở bằng Chrome thì được.',
    'Chỉ xảy ra trên máy Xiaomi chạy MIUI 14.',
    'Trên Samsung Internet không bắt đầu cuộc gọi được, Chrome cùng điện thoại thì được.',
  ],
  other: [
    'Hóa đơn tháng 11 bị trừ tiền hai lần, xin hoàn lại khoản trùng.',
    'Tài liệu REST API của dịch vụ ghi hình nằm ở đâu ạ?',
    'Làm sao thêm quản trị viên thứ hai vào tài khoản console?',
    'Bên mình có thể gửi báo giá cho 500 nghìn phút mỗi tháng không?',
    'Tôi quên mật khẩu cổng nhà phát triển và email đặt lại không tới.',
    'Vui lòng đổi địa chỉ xuất hóa đơn trong tài khoản của chúng tôi.',
  ],
};
