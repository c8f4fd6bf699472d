import type { WrittenExamples } from '../types.js';

export const TR: WrittenExamples = {
  connectivity: [
    'Kullanıcılar dönen yükleme simgesinde kalıyor, odaya bir türlü giremiyor.',
    'Wi-Fi’dan mobil veriye geçince oturum bir daha geri gelmiyor.',
    'Katılımcılar birkaç dakikada bir toplantıdan atılıyor, tekrar girmeleri gerekiyor.',
    'Sunucu kişi diğerlerinin ekranından kayboluyor ama kendi ekranında hâlâ odada.',
    'Bu sabahtan beri yurt dışındaki hiçbir kullanıcı kanala giremiyor.',
    'Uzun süre "yeniden bağlanıyor" yazıyor, sonunda vazgeçiyor.',
  ],
  av_quality: [
    'Karşı taraf kendi sesini bir an sonra geri duyuyor.',
    'Dudaklar sesten önce kıpırdıyor, kötü dublajlı film gibi.',
    'Biri başını çevirince yüz kare kare bloklara dönüyor.',
    'Konuşan herkesin arkasında sürekli bir cızırtı var.',
    'Görüntü birkaç saniyede bir donuyor, ses devam ediyor.',
    'Bir tarafın sesi, ses sonuna kadar açıkken bile çok kısık.',
  ],
  crash: [
    'İkinci kişi girince uygulama kendiliğinden ana ekrana dönüyor.',
    'Aramayı bitire basınca bütün süreç ölüyor.',
    'Arayüz tamamen donuyor ve Android uygulamayı kapatmayı öneriyor.',
    'Kamera açılır açılmaz iOS uygulamayı sonlandırıyor.',
    'Kanaldan çıkar çıkmaz native kütüphanede SIGSEGV görüyoruz.',
    'Eklenti açıkken play’e basınca Unity editörü hiçbir şey demeden kapanıyor.',
  ],
  feature: [
    'Görüşme sırasında gönderilen mesajlar diğerlerine karışık sırayla ulaşıyor.',
    'Bulut kaydı dosyasında ikinci katılımcının sesi yok.',
    'Ekran paylaşınca izleyiciler sadece siyah bir dikdörtgen görüyor.',
    'Arka plan bulanıklaştırma işe yaramıyor, arkadaki oda görünüyor.',
    'Sonradan katılan kişi beyaz tahtada çizilenleri görmüyor.',
    'El kaldırma olayı sunucu kişiye hiç ulaşmıyor.',
  ],
  compatibility: [
    'Chrome’da her şey çalışıyor ama Safari’de kamera önizlemesi boş kalıyor.',
    'Sadece Pixel 6’larda yeşil görüntü çıkıyor, Samsung’lar sorunsuz.',
    'Yeni iOS betasına geçenlerde mikrofon sessiz, eski sürümler normal.',
    'Firefox’ta kimse bizi duymuyor, aynı sayfa Chrome’da çalışıyor.',
    'Yalnızca MIUI 14 kullanan Xiaomi telefonlarda oluyor.',
    'Samsung Internet’te arama başlamıyor, aynı telefondaki Chrome’da başlıyor.',
  ],
  other: [
    'Kasım faturası iki kez çekildi, mükerrer tutarı iade eder misiniz?',
    'Kayıt servisinin REST API dokümantasyonu nerede?',
    'Konsol hesabımıza ikinci bir yönetici nasıl eklerim?',
    'Ayda 500 bin dakika için fiyat teklifi gönderebilir misiniz?',
    'Geliştirici portalının şifresini unuttum, sıfırlama e-postası gelmiyor.',
    'Hesabımızdaki fatura adresini yeni ofisimizle değiştirir misiniz?',
  ],
};
