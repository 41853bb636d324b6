import type { FallbackCatalog } from '../catalog.js';

/** Nội dung chung tiếng Việt khi "không liên hệ được hỗ trợ" và lời khuyên an toàn, cho gói nội dung không tự có phần này. */
const vi: FallbackCatalog = {
  reasons: [
    {
      id: 'busy',
      title: 'Bộ phận hỗ trợ đang bận',
      body: [
        { type: 'p', content: 'Vào giờ cao điểm, yêu cầu dồn lại, hàng chờ dài hơn và cuộc trò chuyện có thể bị ngắt.' },
        { type: 'p', content: 'Nên làm gì: trong lúc chờ, hãy tìm trong bài trợ giúp; chỉ giữ một yêu cầu thay vì gửi nhiều lần.' },
      ],
    },
    {
      id: 'closed',
      title: 'Bộ phận hỗ trợ hiện đã đóng',
      body: [{ type: 'p', content: 'Mỗi kênh có giờ làm việc riêng. Thẻ Liên hệ hiển thị giờ theo múi giờ của bạn và thời điểm mỗi kênh mở lại.' }],
    },
    {
      id: 'outage',
      title: 'Sự cố hoặc bảo trì',
      body: [{ type: 'p', content: 'Khi có sự cố hoặc đang bảo trì, phản hồi có thể chậm. Hãy xem trang trạng thái hoặc thông báo chính thức, rồi thử lại.' }],
    },
  ],
  actions: [
    {
      id: 'self-help',
      title: 'Tự tìm câu trả lời',
      body: [{ type: 'p', content: 'Tìm trong bài trợ giúp ở thẻ Hỏi đáp: nhiều vấn đề đã có hướng dẫn từng bước.' }],
    },
    {
      id: 'prepare',
      title: 'Chuẩn bị thông tin',
      body: [{ type: 'p', content: 'Dùng danh sách kiểm tra ở thẻ Liên hệ để ngay lần trả lời đầu tiên đã có thể giúp bạn.' }],
    },
    {
      id: 'community',
      title: 'Hỏi cộng đồng (cẩn thận)',
      caution: true,
      body: [
        { type: 'p', content: 'Người dùng khác có thể đã giải quyết cùng vấn đề, nhưng ai cũng có thể tự nhận là chuyên gia hay quản trị viên.' },
        { type: 'ul', items: ['Quản trị viên và bộ phận hỗ trợ thật không bao giờ nhắn tin cho bạn trước.', 'Đừng mở đường link của người lạ hay cài công cụ họ giới thiệu.'] },
      ],
    },
  ],
  safety: [
    {
      type: 'ul',
      items: [
        [{ text: 'Không bao giờ chia sẻ mật khẩu, mã dùng một lần, cụm từ khôi phục hoặc khóa riêng tư', strong: true }, ', kể cả với bộ phận hỗ trợ chính thức. Hỗ trợ thật không bao giờ hỏi những thứ này.'],
        'Hỗ trợ thật không bao giờ nhắn tin cho bạn trước và không bao giờ bắt bạn trả tiền để được giúp.',
        'Chỉ dùng các kênh chính thức được liệt kê ở đây; nếu không chắc, hãy kiểm tra liên hệ bằng công cụ bên dưới.',
        'Hãy bình tĩnh: bị hối thúc phải làm ngay là dấu hiệu của lừa đảo.',
      ],
    },
  ],
  escalation: [
    {
      type: 'ol',
      items: [
        'Trả lời trong cùng phiếu hỗ trợ hoặc cùng chuỗi email, để lịch sử nằm ở một chỗ.',
        'Nếu quá thời gian phản hồi đã nêu mà chưa có trả lời, hãy thử một kênh chính thức khác ở thẻ Liên hệ.',
        'Tự ghi lại: ngày giờ, mã tham chiếu và những gì bạn được cho biết.',
      ],
    },
  ],
};

export default vi;
