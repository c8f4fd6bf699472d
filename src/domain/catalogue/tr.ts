import type { Catalogue } from './types.js';

/** Turkish, addressing the customer with the polite "siz". */
export const tr: Catalogue = {
  name: 'Türkçe',
  direction: 'ltr',
  sentenceGap: ' ',
  fullStop: '.',
  category: {
    connectivity: 'bağlantı sorunu (aramalar kopuyor, bağlanılamıyor)',
    av_quality: 'ses ve görüntü kalitesi (takılma, gecikme, bulanıklık, yankı)',
    crash: 'uygulamanın kendiliğinden kapanması',
    feature: 'çalışmayan bir özellik (güzellik filtresi, filtreler, ekran kaydı)',
    compatibility: 'belirli bir cihaz ya da sistemde görülen sorun',
    other: 'genel konu',
  },
  receipt: {
    body:
      'Bize bildirdiğiniz için teşekkür ederiz, yaşadığınız sorun için özür dileriz. *{ticket}* numaralı ' +
      'destek kaydınızı açtık ({problem}).{files}\n' +
      'Destek ekibimizden biri bu başlıkta size {when} yanıt verecek. Arama ya da kanal kimliği ve sorunun ' +
      'yaklaşık ne zaman yaşandığı elinizdeyse buraya eklerseniz o aramayı hemen inceleyebiliriz.',
    fileOne: ' Gönderdiğiniz dosya ({file}) bize ulaştı.',
    fileMany: ' Gönderdiğiniz {count} dosya bize ulaştı.',
    soon: 'en kısa sürede',
    within: '{span} içinde',
    by: '{date} tarihine kadar',
  },
  attachment: {
    screenshot: 'ekran görüntüsü',
    image: 'görsel',
    screen_recording: 'ekran kaydı',
    video: 'video',
    audio: 'ses kaydı',
    log: 'log dosyası',
    document: 'belge',
    file: 'dosya',
  },
  draft: {
    phrases: {
      connectivity: {
        acknowledge:
          'Aramalarınızın sürekli kesilmesinden dolayı çok üzgünüz. Özellikle konuşmanın ortasında kopması ' +
          'gerçekten can sıkıcı.',
        doing: 'Konuyu mühendislerimize ilettik; şu anda aramalarınızın bağlantı kayıtlarını inceliyorlar.',
        tryNow:
          'Biz size dönmeden önce tekrar yaşanırsa, Wi-Fi ile mobil veri arasında geçiş yapmak çoğu zaman ' +
          'aramanın yeniden bağlanmasına yardımcı olur.',
      },
      av_quality: {
        acknowledge:
          'Görüntü ve sesin takılmasından dolayı üzgünüz. Birbirinizi net göremeyip duyamamak gerçekten sinir bozucu.',
        doing: 'Görüntünün ya da sesin nerede takıldığını bulmak için aramalarınızın kalite kayıtlarını inceliyoruz.',
        tryNow: 'Bu arada, arama sırasında internet kullanan diğer uygulamaları kapatmak faydalı olabilir.',
      },
      crash: {
        acknowledge: 'Uygulamanın kendiliğinden kapanmasından dolayı üzgünüz; hele bir arama sırasında olunca.',
        doing: 'Mühendislerimiz şu anda kapanmanın nedenini araştırıyor.',
        tryNow:
          'Tekrar yaşanırsa, kapanmadan hemen önceki anların kısa bir ekran kaydı nedeni hızla bulmamıza ' +
          'yardımcı olur.',
      },
      feature: {
        acknowledge: 'Bu özelliğin olması gerektiği gibi çalışmamasından dolayı özür dileriz.',
        doing: 'Bu özelliği kendi tarafımızda kontrol ediyoruz.',
        tryNow: 'Bu arada, uygulamayı bir kez yeniden başlatıp özelliğin geri gelip gelmediğine bakabilirsiniz.',
      },
      compatibility: {
        acknowledge:
          'Bunun cihazınızda yaşanmasından dolayı üzgünüz. Uygulamanın her telefonda sorunsuz çalışmasını istiyoruz.',
        doing: 'Uygulamanın bu model ve sistem sürümünde nasıl çalıştığını kontrol ediyoruz.',
        tryNow:
          'Yakınınızda başka bir cihaz varsa, sorunun orada da olup olmadığını bize bildirmeniz kapsamı ' +
          'daraltmamıza yardımcı olur.',
      },
      other: {
        acknowledge: 'Bize bildirdiğiniz için teşekkür ederiz, yaşadığınız sorun için özür dileriz.',
        doing: 'Konuyu şu anda inceliyoruz.',
        tryNow: 'Ne zamandan beri olduğu gibi fark ettiğiniz başka bir şey varsa buraya ekleyebilirsiniz.',
      },
    },
    followUp: {
      scenario: 'Sorun ne tür bir oturumda yaşandı: bire bir arama, ortak canlı yayın ya da sesli oda?',
      network: 'Wi-Fi mı yoksa mobil veri mi (4G/5G) kullanıyordunuz; evde miydiniz, dışarıda mı?',
      device: 'Hangi telefon ya da bilgisayardı ve sistem sürümü neydi (örneğin iPhone 13, iOS 17)?',
      place: 'Sorun yaşandığında evde mi, ofiste mi, yoksa dışarıda mıydınız?',
      os: 'Cihazda hangi sistem sürümü var (örneğin iOS 17 ya da Android 14)?',
      timeAndRegion: 'Yaklaşık ne zaman ve hangi şehir ya da bölgede yaşandı?',
      time: 'Yaklaşık ne zaman yaşandı (tarih ve saat)?',
      region: 'Aramadaki kişiler hangi şehir ya da bölgedeydi?',
      callId: 'Varsa arama ya da kanal kimliğini paylaşır mısınız? Böylece tam o aramayı inceleyebiliriz.',
    },
    nextUpdate: {
      urgent: 'Hâlâ incelemeye devam ediyor olsak bile 30 dakika içinde burada size bilgi vereceğiz.',
      high: 'Hâlâ incelemeye devam ediyor olsak bile 1 saat içinde burada size bilgi vereceğiz.',
      medium_high: 'Hâlâ incelemeye devam ediyor olsak bile 2 saat içinde burada size bilgi vereceğiz.',
      medium: '4 saat içinde burada size bilgi vereceğiz.',
      medium_low: '1 iş günü içinde burada size bilgi vereceğiz.',
    },
    askIntro: 'Nedeni daha hızlı bulabilmemiz için şunları paylaşabilir misiniz:',
    thanksForDetails: 'Ayrıntılar için teşekkür ederiz, çok yardımcı oluyor.',
    qualityIntro: 'O aramayı inceledik:',
  },
  quality: {
    frozeOnce: 'görüntü bir kez, yaklaşık {seconds} saniye durdu',
    froze: 'görüntü {count} kez durdu, toplamda yaklaşık {seconds} saniye',
    lost: 'her 100 ses ve görüntü parçasından yaklaşık {percent} tanesi zamanında ulaşmadı',
    late: 'ses ve görüntü normalden geç ulaştı (yaklaşık {seconds} sn)',
    join: '; ',
    steady: 'o aramadaki bağlantı genel olarak istikrarlı görünüyor, bu yüzden başka nedenleri de inceliyoruz.',
    ourSide: 'Bunun büyük kısmı sunucularımızda yaşandı ve üzerinde çalışıyoruz.',
    oneSide:
      'Bunun büyük kısmı katılımcılardan birinin bağlantısında yaşandı; mobil ağlarda ya da zayıf sinyalde ' +
      'sık görülür.',
  },
  closing: {
    body:
      '{ticket} numaralı kaydınızı çözüldü olarak kapattık. Sabrınız için teşekkür ederiz! Sorun tekrar yaşanırsa ' +
      'bu başlıkta yanıt vermeniz yeterli, hemen ilgileneceğiz.',
    ratePrompt: 'Desteğimizi nasıl değerlendirirsiniz?',
    rated: 'Değerlendirmeniz ({rating}/5) için teşekkür ederiz!',
    ratingNotYours:
      'Yardım etmek istediğiniz için teşekkürler! Bu talebi yalnızca talebi açan müşteri veya ekibi ' +
      'değerlendirebilir, bu yüzden tıklamanız sayılmadı.',
    ratingElsewhere:
      'Üzgünüz, bu değerlendirme taleple eşleştirilemedi. Lütfen talebin kendi kapanış mesajındaki düğmeleri kullanın.',
  },
  closingNote: {
    where: {
      customer_network: 'Konuyu inceledik: sorun, aramalarda kullanılan ağ bağlantısından kaynaklanıyordu',
      customer_device:
        'Konuyu inceledik: sorun, uygulamanın o cihaz ya da sistem sürümündeki çalışmasından kaynaklanıyordu',
      our_service: 'Konuyu inceledik: sorun bizim tarafımızdaydı',
      customer_config: 'Konuyu inceledik: sorun, entegrasyonun kurulumundan kaynaklanıyordu',
      not_found: 'Konuyu inceledik ve iki tarafta da bir arıza bulamadık',
    },
    withCause: '{where} ({cause}).',
    helped: 'Çözüme yardımcı olan',
    weDid: 'Yaptıklarımız',
    suggest: 'Tekrar yaşanırsa önerimiz',
    fix: '{lead}: {fix}',
  },
  problemUpdate: {
    opening: 'Bildiriminizle ilgili bir güncelleme ({ticket} numaralı kayıt):',
    fixed: 'bildirdiğiniz sorunun nedenini bulduk ve kendi tarafımızda düzelttik.',
    found: 'bildirdiğiniz sorunun nedenini bulduk ve gerekeni yaptık.',
    what: 'Yaptıklarımız:',
    next:
      'Bir sonraki aramanızda tekrar dener misiniz? Hâlâ doğru olmayan bir şey olursa buradan yanıt verin, ' +
      'hemen ilgileneceğiz.',
    thanks: 'Bildirdiğiniz ve biz çalışırken sabırla beklediğiniz için teşekkür ederiz.',
  },
  incidentUpdate:
    'Bildiriminizle ilgili bir güncelleme ({ticket} numaralı kayıt): başka müşterilerimiz de aynı ' +
    'sorunu yaşıyor ve mühendislerimiz şu anda bunun üzerinde çalışıyor. Şimdilik sizin bir şey ' +
    'yapmanıza gerek yok. Bir sonraki güncellemeyi {when} buradan ileteceğiz; sorun daha önce ' +
    'giderilirse hemen haber vereceğiz.',
};
