import type { WrittenExamples } from '../types.js';

export const ID: WrittenExamples = {
  connectivity: [
    'User cuma lihat loading muter terus dan nggak pernah masuk ke room.',
    'Pindah dari wifi ke data seluler sesinya nggak balik lagi.',
    'Peserta dikeluarkan dari rapat tiap beberapa menit dan harus masuk lagi.',
    'Host hilang di layar orang lain, padahal di layarnya sendiri masih ada.',
    'Sejak tadi pagi semua user di luar negeri nggak bisa masuk channel.',
    'Lama banget tulisan "menyambungkan ulang" terus akhirnya menyerah.',
  ],
  av_quality: [
    'Lawan bicara mendengar suaranya sendiri balik lagi sesaat kemudian.',
    'Gerak bibir duluan baru suaranya datang, kayak film dubbing.',
    'Wajah jadi kotak-kotak kalau orangnya gerakin kepala.',
    'Ada bunyi desis terus di belakang setiap yang bicara.',
    'Gambarnya diam tiap beberapa detik sementara suaranya jalan terus.',
    'Satu pihak suaranya kecil sekali walaupun volume sudah maksimal.',
  ],
  crash: [
    'Aplikasi langsung balik ke layar utama waktu orang kedua masuk.',
    'Pas tekan tutup panggilan seluruh prosesnya mati.',
    'Layar beku total dan Android menawarkan untuk menutup aplikasi.',
    'iOS langsung mematikan aplikasi begitu kamera dinyalakan.',
    'Ada SIGSEGV di library native tepat setelah keluar channel.',
    'Editor Unity menutup sendiri tanpa pesan saat play dengan plugin aktif.',
  ],
  feature: [
    'Pesan yang dikirim selama panggilan sampai ke peserta lain dengan urutan acak.',
    'File rekaman cloud nggak ada suara peserta kedua.',
    'Saat berbagi layar penonton cuma lihat kotak hitam.',
    'Blur latar belakang nggak berfungsi, kamar di belakang tetap kelihatan.',
    'Yang masuk belakangan nggak lihat coretan yang sudah ada di papan tulis.',
    'Event angkat tangan nggak pernah sampai ke host.',
  ],
  compatibility: [
    'Di Chrome semua jalan, tapi di Safari pratinjau kamera kosong.',
    'Cuma Pixel 6 yang gambarnya hijau, Samsung aman.',
    'Sejak pindah ke iOS beta terbaru mikrofon bisu, versi lama normal.',
    'Di Firefox nggak ada yang dengar kami, halaman yang sama di Chrome jalan.',
    'Hanya terjadi di HP Xiaomi dengan MIUI 14.',
    'Di Samsung Internet panggilan nggak mulai, Chrome di HP yang sama bisa.',
  ],
  other: [
    'Tagihan November terpotong dua kali, mohon refund yang dobel.',
    'Di mana dokumentasi REST API untuk layanan rekaman?',
    'Bagaimana cara menambah admin kedua di akun console kami?',
    'Bisa kirim penawaran harga untuk 500 ribu menit per bulan?',
    'Saya lupa password portal developer dan email reset nggak pernah masuk.',
    'Tolong ganti alamat penagihan di akun kami.',
  ],
};
