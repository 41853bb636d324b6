import type { FallbackCatalog } from '../catalog.js';

/** Konten umum bawaan "tidak bisa menghubungi dukungan" dan saran keamanan dalam bahasa Indonesia, untuk paket tanpa konten sendiri. */
const id: FallbackCatalog = {
  reasons: [
    {
      id: 'busy',
      title: 'Tim dukungan sedang sibuk',
      body: [
        { type: 'p', content: 'Pada jam sibuk, permintaan menumpuk, antrean memanjang, dan chat bisa terputus.' },
        { type: 'p', content: 'Yang bisa dilakukan: cari jawabannya sambil menunggu, dan cukup buka satu permintaan, jangan kirim berkali-kali.' },
      ],
    },
    {
      id: 'closed',
      title: 'Tim dukungan sedang tutup',
      body: [{ type: 'p', content: 'Setiap saluran punya jam layanan sendiri. Tab Kontak menampilkannya dalam zona waktu Anda, beserta kapan tiap saluran buka lagi.' }],
    },
    {
      id: 'outage',
      title: 'Gangguan atau pemeliharaan',
      body: [{ type: 'p', content: 'Saat ada gangguan atau pemeliharaan, balasan bisa lambat. Periksa status atau pengumuman resmi, lalu coba lagi.' }],
    },
  ],
  actions: [
    {
      id: 'self-help',
      title: 'Cari jawabannya sendiri',
      body: [{ type: 'p', content: 'Cari di artikel bantuan pada tab FAQ: banyak masalah sudah punya jawaban langkah demi langkah.' }],
    },
    {
      id: 'prepare',
      title: 'Siapkan data Anda',
      body: [{ type: 'p', content: 'Gunakan daftar periksa di tab Kontak, agar balasan pertama sudah bisa membantu Anda.' }],
    },
    {
      id: 'community',
      title: 'Tanya komunitas (hati-hati)',
      caution: true,
      body: [
        { type: 'p', content: 'Pengguna lain mungkin pernah mengatasi masalah yang sama, tetapi siapa pun bisa mengaku ahli atau admin.' },
        { type: 'ul', items: ['Admin dan tim dukungan asli tidak pernah menghubungi Anda lebih dulu.', 'Jangan buka tautan dari orang asing atau memasang aplikasi yang mereka sarankan.'] },
      ],
    },
  ],
  safety: [
    {
      type: 'ul',
      items: [
        [{ text: 'Jangan pernah membagikan kata sandi, kode sekali pakai, frasa pemulihan, atau kunci privat', strong: true }, ', bahkan kepada dukungan resmi. Dukungan asli tidak pernah memintanya.'],
        'Dukungan asli tidak pernah menghubungi Anda lebih dulu dan tidak pernah meminta bayaran untuk membantu.',
        'Gunakan hanya saluran resmi yang tercantum di sini; jika ragu, periksa kontak dengan alat di bawah.',
        'Tarik napas dulu: desakan untuk bertindak saat itu juga adalah tanda penipuan.',
      ],
    },
  ],
  escalation: [
    {
      type: 'ol',
      items: [
        'Balas di tiket atau utas email yang sama, agar riwayatnya tetap di satu tempat.',
        'Jika belum ada jawaban dalam waktu respons yang disebutkan, coba saluran resmi lain di tab Kontak.',
        'Buat catatan sendiri: tanggal, nomor referensi, dan apa yang disampaikan kepada Anda.',
      ],
    },
  ],
};

export default id;
