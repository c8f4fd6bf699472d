import type { Catalogue } from './types.js';

/** Indonesian, addressing the customer as "Anda" in a support desk's polite register. */
export const id: Catalogue = {
  name: 'Bahasa Indonesia',
  direction: 'ltr',
  sentenceGap: ' ',
  fullStop: '.',
  category: {
    connectivity: 'masalah koneksi (panggilan terputus, tidak bisa tersambung)',
    av_quality: 'kualitas audio/video (patah-patah, delay, buram, gema)',
    crash: 'aplikasi tertutup sendiri',
    feature: 'fitur tidak berfungsi (filter kecantikan, filter, rekam layar)',
    compatibility: 'masalah di perangkat atau sistem tertentu',
    other: 'pertanyaan umum',
  },
  receipt: {
    body:
      'Terima kasih sudah memberi tahu kami, dan mohon maaf atas ketidaknyamanannya. Kami sudah membuat tiket ' +
      '*{ticket}* ({problem}).{files}\n' +
      'Tim dukungan kami akan membalas di thread ini {when}. Jika Anda memiliki ID panggilan atau nama channel ' +
      'serta perkiraan waktu kejadiannya, silakan tambahkan di sini agar kami bisa langsung memeriksa ' +
      'panggilan tersebut.',
    fileOne: ' {file} Anda sudah kami terima.',
    fileMany: ' {count} file yang Anda kirim sudah kami terima.',
    soon: 'secepatnya',
    within: 'dalam {span}',
    by: 'sebelum {date}',
  },
  attachment: {
    screenshot: 'Tangkapan layar',
    image: 'Gambar',
    screen_recording: 'Rekaman layar',
    video: 'Video',
    audio: 'Rekaman suara',
    log: 'File log',
    document: 'Dokumen',
    file: 'File',
  },
  draft: {
    phrases: {
      connectivity: {
        acknowledge:
          'Mohon maaf panggilan Anda terus terputus. Tentu sangat mengganggu, apalagi saat sedang di tengah ' +
          'percakapan.',
        doing: 'Kami sudah meneruskannya ke tim engineer, dan mereka sedang memeriksa catatan koneksi panggilan Anda.',
        tryNow:
          'Jika terjadi lagi sebelum kami membalas, beralih antara Wi-Fi dan data seluler sering kali membantu ' +
          'panggilan tersambung kembali.',
      },
      av_quality: {
        acknowledge:
          'Mohon maaf gambar dan suaranya patah-patah. Memang menjengkelkan jika tidak bisa saling melihat ' +
          'dan mendengar dengan jelas.',
        doing:
          'Kami sedang memeriksa catatan kualitas panggilan Anda untuk mencari di mana gambar atau suaranya tertahan.',
        tryNow: 'Sementara itu, menutup aplikasi lain yang memakai internet selama panggilan bisa membantu.',
      },
      crash: {
        acknowledge: 'Mohon maaf aplikasinya tertutup sendiri. Apalagi jika terjadi di tengah panggilan.',
        doing: 'Tim engineer kami sedang menyelidiki penyebabnya.',
        tryNow:
          'Jika terjadi lagi, rekaman layar singkat sesaat sebelum aplikasi tertutup akan sangat membantu kami ' +
          'menemukan penyebabnya lebih cepat.',
      },
      feature: {
        acknowledge: 'Mohon maaf fitur ini tidak berjalan sebagaimana mestinya.',
        doing: 'Kami sedang memeriksa fitur ini dari sisi kami.',
        tryNow: 'Sementara itu, silakan coba mulai ulang aplikasi sekali untuk melihat apakah fiturnya kembali normal.',
      },
      compatibility: {
        acknowledge:
          'Mohon maaf hal ini terjadi di perangkat Anda. Kami ingin aplikasi berjalan baik di setiap ponsel ' +
          'pengguna Anda.',
        doing: 'Kami sedang memeriksa perilaku aplikasi di model dan versi sistem tersebut.',
        tryNow:
          'Jika ada perangkat lain di dekat Anda, mohon kabari kami apakah masalahnya juga terjadi di sana; ' +
          'ini membantu kami mempersempit penyebabnya.',
      },
      other: {
        acknowledge: 'Terima kasih sudah memberi tahu kami, dan mohon maaf atas ketidaknyamanannya.',
        doing: 'Kami sedang menindaklanjutinya.',
        tryNow: 'Jika ada hal lain yang Anda perhatikan, misalnya sejak kapan terjadi, silakan tambahkan di sini.',
      },
    },
    followUp: {
      scenario: 'Dalam sesi apa masalah ini terjadi: panggilan 1-on-1, live co-host, atau voice room?',
      network: 'Apakah saat itu memakai Wi-Fi atau data seluler (4G/5G), dan sedang di rumah atau di luar?',
      device: 'Ponsel atau komputer apa yang dipakai, dan versi sistemnya (misalnya iPhone 13, iOS 17)?',
      place: 'Saat itu Anda sedang di rumah, di kantor, atau di luar?',
      os: 'Versi sistem apa yang terpasang di perangkat (misalnya iOS 17 atau Android 14)?',
      timeAndRegion: 'Kira-kira kapan terjadinya, dan di kota atau wilayah mana?',
      time: 'Kira-kira kapan terjadinya (tanggal dan jam)?',
      region: 'Di kota atau wilayah mana para peserta panggilan berada?',
      callId: 'Jika ada, mohon kirimkan ID panggilan atau nama channel agar kami bisa memeriksa panggilan tersebut.',
    },
    nextUpdate: {
      urgent: 'Kami akan memberi kabar di sini dalam 30 menit, meskipun masih dalam pemeriksaan.',
      high: 'Kami akan memberi kabar di sini dalam 1 jam, meskipun masih dalam pemeriksaan.',
      medium_high: 'Kami akan memberi kabar di sini dalam 2 jam, meskipun masih dalam pemeriksaan.',
      medium: 'Kami akan memberi kabar di sini dalam 4 jam.',
      medium_low: 'Kami akan memberi kabar di sini dalam 1 hari kerja.',
    },
    askIntro: 'Agar penyebabnya lebih cepat ditemukan, mohon informasikan:',
    thanksForDetails: 'Terima kasih atas detailnya, sangat membantu.',
    qualityIntro: 'Kami sudah memeriksa panggilan tersebut:',
  },
  quality: {
    frozeOnce: 'video sempat berhenti satu kali, sekitar {seconds} detik',
    froze: 'video sempat berhenti {count} kali, total sekitar {seconds} detik',
    lost: 'dari setiap 100 potongan suara dan gambar, sekitar {percent} tidak sampai tepat waktu',
    late: 'suara dan gambar tiba lebih lambat dari biasanya (sekitar {seconds} detik)',
    join: '; ',
    steady: 'koneksi pada panggilan itu secara umum stabil, jadi kami juga memeriksa kemungkinan penyebab lain.',
    ourSide: 'Sebagian besar terjadi di server kami, dan kami sedang menanganinya.',
    oneSide:
      'Sebagian besar terjadi pada koneksi salah satu peserta, hal yang umum di jaringan seluler atau saat ' +
      'sinyal lemah.',
  },
  closing: {
    body:
      'Tiket {ticket} sudah kami tandai selesai. Terima kasih atas kesabaran Anda! Jika terjadi lagi, cukup balas ' +
      'di thread ini dan kami akan langsung menindaklanjutinya.',
    ratePrompt: 'Bagaimana penilaian Anda atas bantuan kami?',
    rated: 'Terima kasih atas penilaian Anda ({rating}/5)!',
    ratingNotYours:
      'Terima kasih atas perhatian Anda! Tiket ini hanya dapat dinilai oleh pelanggan yang mengajukannya atau ' +
      'timnya, jadi klik Anda tidak dihitung.',
    ratingElsewhere:
      'Mohon maaf, penilaian ini tidak dapat dicocokkan dengan tiketnya. Silakan gunakan tombol pada pesan ' +
      'penutupan tiket tersebut.',
  },
  closingNote: {
    where: {
      customer_network: 'Kami sudah memeriksanya: kendalanya berasal dari koneksi jaringan yang dipakai saat panggilan',
      customer_device:
        'Kami sudah memeriksanya: kendalanya berasal dari cara aplikasi berjalan di perangkat atau versi sistem itu',
      our_service: 'Kami sudah memeriksanya: kendalanya ada di sisi kami',
      customer_config: 'Kami sudah memeriksanya: kendalanya berasal dari pengaturan integrasi',
      not_found: 'Kami sudah memeriksanya dan tidak menemukan gangguan di sisi mana pun',
    },
    withCause: '{where} ({cause}).',
    helped: 'Yang membantu',
    weDid: 'Yang kami lakukan',
    suggest: 'Saran kami jika terjadi lagi',
    fix: '{lead}: {fix}',
  },
  problemUpdate: {
    opening: 'Kabar terbaru tentang laporan Anda (tiket {ticket}):',
    fixed: 'kami sudah menemukan penyebab masalah yang Anda laporkan, dan sekarang sudah diperbaiki di sisi kami.',
    found: 'kami sudah menemukan penyebab masalah yang Anda laporkan, dan sudah ditangani.',
    what: 'Yang kami lakukan:',
    next:
      'Mohon dicoba lagi pada panggilan berikutnya. Jika masih ada yang belum beres, balas di sini dan kami akan ' +
      'langsung menindaklanjutinya.',
    thanks: 'Terima kasih sudah melapor, dan atas kesabaran Anda selama kami menanganinya.',
  },
  incidentUpdate:
    'Kabar terbaru tentang laporan Anda (tiket {ticket}): pelanggan lain juga mengalami masalah ' +
    'yang sama, dan tim teknisi kami sedang menanganinya saat ini. Untuk sementara Anda tidak perlu ' +
    'melakukan apa pun. Kami akan mengirim kabar berikutnya di sini {when}, atau lebih cepat begitu ' +
    'masalahnya teratasi.',
};
