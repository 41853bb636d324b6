import type { FallbackCatalog } from '../catalog.js';

/** Kendi içeriği olmayan paketler için yerleşik Türkçe "desteğe ulaşılamıyor" içeriği ve güvenlik önerileri. */
const tr: FallbackCatalog = {
  reasons: [
    {
      id: 'busy',
      title: 'Destek ekibi yoğun',
      body: [
        { type: 'p', content: 'Yoğun saatlerde talepler birikir, sıralar uzar ve sohbetler kopabilir.' },
        { type: 'p', content: 'Ne yapabilirsiniz: Beklerken yanıtları arayın ve birkaç talep göndermek yerine tek bir talep açık tutun.' },
      ],
    },
    {
      id: 'closed',
      title: 'Destek şu anda kapalı',
      body: [{ type: 'p', content: 'Her kanalın kendi çalışma saatleri vardır. İletişim sekmesi bunları kendi saat diliminizde ve her kanalın ne zaman yeniden açılacağıyla birlikte gösterir.' }],
    },
    {
      id: 'outage',
      title: 'Kesinti veya bakım',
      body: [{ type: 'p', content: 'Kesinti veya bakım sırasında yanıtlar gecikebilir. Resmî durum sayfasına veya duyurulara bakın, sonra yeniden deneyin.' }],
    },
  ],
  actions: [
    {
      id: 'self-help',
      title: 'Yanıtı kendiniz arayın',
      body: [{ type: 'p', content: 'SSS sekmesinde yardım makalelerini arayın: Birçok sorunun adım adım yanıtı var.' }],
    },
    {
      id: 'prepare',
      title: 'Bilgilerinizi hazırlayın',
      body: [{ type: 'p', content: 'İletişim sekmesindeki kontrol listesini kullanın; böylece ilk yanıt bile size yardımcı olabilir.' }],
    },
    {
      id: 'community',
      title: 'Topluluğa sorun (dikkatli olun)',
      caution: true,
      body: [
        { type: 'p', content: 'Başka kullanıcılar aynı sorunu çözmüş olabilir, ancak herkes kendini uzman veya yönetici olarak tanıtabilir.' },
        { type: 'ul', items: ['Yöneticiler ve gerçek destek size asla ilk mesajı atmaz.', 'Tanımadığınız kişilerin bağlantılarını açmayın, önerdikleri araçları yüklemeyin.'] },
      ],
    },
  ],
  safety: [
    {
      type: 'ul',
      items: [
        [{ text: 'Parolanızı, tek kullanımlık kodunuzu, kurtarma ifadenizi veya özel anahtarınızı asla paylaşmayın', strong: true }, '; resmî destekle bile. Gerçek destek bunları asla istemez.'],
        'Gerçek destek size asla ilk mesajı atmaz ve yardım etmek için ödeme istemez.',
        'Yalnızca burada listelenen resmî kanalları kullanın; emin değilseniz bir iletişim bilgisini aşağıdaki araçla kontrol edin.',
        'Bir nefes alın: Hemen harekete geçmeniz için baskı yapılması dolandırıcılığın işaretidir.',
      ],
    },
  ],
  escalation: [
    {
      type: 'ol',
      items: [
        'Aynı talepte veya aynı e-posta yazışmasında yanıt verin; böylece geçmiş tek bir yerde kalır.',
        'Belirtilen yanıt süresi içinde yanıt gelmezse İletişim sekmesindeki başka bir resmî kanalı deneyin.',
        'Kendi kaydınızı tutun: Tarihler, referans numaraları ve size söylenenler.',
      ],
    },
  ],
};

export default tr;
