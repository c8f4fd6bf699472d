import type { Category } from './taxonomy.js';

/**
 * The words customers use for each kind of problem, one pattern per language (or script) so each list reads as a
 * support agent of that language would write it. Only literal alternatives and a few bounded gaps: every pattern
 * stays linear on 40 KB of hostile text (test/domain/text-worst-case.test.ts). Letters outside ASCII have no `\b`,
 * so the lists hold whole words or stems long enough not to occur inside other words.
 */
/**
 * Features named so precisely that a symptom beside them is that feature's: "raised hands don't survive a
 * reconnect", "the kicked user rejoins after two seconds", "virtual background freezes" are about raise hand,
 * moderation and the virtual background, not about the connection or the picture. Read before connectivity.
 */
export const NAMED_FEATURE_WORDS: RegExp[] = [
  /\braised? hands?\b|\bhand[- ]?rais|\bco-?hosts?\b|\bmoderat(ion|or)|\bwebhooks?\b|\bvirtual background/i,
  /\b(ban|kick)(ned|ning|ed|ing)? (a |the )?(user|participant|viewer|member)s?\b|\b(un)?ban(s|ned|ning)?\b/i,
  /举手|舉手|联合主持|聯合主持|副主持|禁言|封禁|踢人|移出房间|移出房間|虚拟背景|虛擬背景|webhook|事件回调|事件回調|回调地址|回調地址/i,
  /挙手|共同ホスト|コホスト|モデレーション|ウェブフック|バーチャル背景|仮想背景/,
  /손 ?들기|공동 ?호스트|강퇴|강제 ?퇴장|모더레이션|웹훅|가상 ?배경/,
  /levantar la mano|mano levantada|co-?anfitri(ó|o)n|moderaci(ó|o)n|banear|fondo virtual/i,
  /levantar a m(ã|a)o|m(ã|a)o levantada|co-?anfitri(ã|a)o|modera(ç|c)(ã|a)o|banir|banimento|fundo virtual/i,
  /angkat tangan|moderasi|latar virtual|background virtual/i,
  /giơ tay|đồng chủ trì|kiểm duyệt|nền ảo|phông nền ảo/i,
  /ยกมือ|โฮสต์ร่วม|พื้นหลังเสมือน/,
  /رفع اليد|المضيف المشارك|مضيف مشارك|الإشراف على|حظر (ال)?مستخدم|طرد (ال)?(مستخدم|مشارك)/,
  /الخلفية الافتراضية|خلفية افتراضية/,
  /el kaldır|ortak (sunucu|ev sahibi|host)|moderasyon|ban süresi|banla|sanal arka plan/i,
  /lever la main|main levée|co-?(animateur|organisateur|hôte)|modération|bannir|fond virtuel|arrière-plan virtuel/i,
  /hand heben|gehobene hand|handmeldung|co-?moderator|mitveranstalter|moderation|virtuelle[nr]? hintergrund/i,
  /подня(ть|т[а-яё]{0,3})[^.!?\n]{0,4}рук|соведущ|со-?ведущ|модераци|забан|виртуальн[а-яё]{1,3} фон/i,
  /हाथ उठा|को-होस्ट|मॉडरेशन|वर्चुअल बैकग्राउंड|\bhaath utha/i,
  // Transcription and captions: "the transcription drops after a few minutes" is about the transcription.
  /\btranscri(pt|ption|bing)|\b(live |closed )?captions?\b|实时转写|语音转文字|转写|轉寫|逐字稿|文字起こし|자막|받아쓰기/i,
  /transcripci(ó|o)n|subt(í|i)tulos (en vivo|autom)|transcri(ç|c)(ã|a)o|legendas (ao vivo|autom)|transkripsi/i,
  /chuyển (giọng nói|lời) thành (văn bản|chữ)|phụ đề|ถอดเสียง|คำบรรยาย(สด|อัตโนมัติ)/i,
  /النسخ (الفوري|التلقائي)|التفريغ النصي/,
  /transkripsiyon|canlı altyazı|sous-titres|sous-titrage|transkription|untertitel|транскрибац|расшифровк|субтитр/i,
  /ट्रांसक्रिप्शन|ट्रांसक्रिप्ट|कैप्शन|सबटाइटल/,
  /вебхук|веб-хук|เว็บฮุค|ويب ?هوك|वेबहुक/i,
  // Keeping a removed participant out: the host's removal and its re-entry block are moderation.
  /\b(host|moderator|admin)s? (removed|kicked|removes|kicks)|\b(block|prevent|stop)[^.!?\n]{0,30}\bre-?(join|enter)/i,
  /(主持人|房主|管理员|管理員)[^，。！？\n]{0,6}(踢|移出)|(禁止|阻止|防止)[^，。！？\n]{0,10}(再次|重新)(进入|進入|加入)/,
  /(ホスト|主催者)が[^。！？\n]{0,6}(退出させ|追い出)|再入室[^。！？\n]{0,10}(禁止|防|ブロック|できないように)/,
  /(호스트|방장)(가|이)? ?[^.!?\n]{0,6}(내보낸|내보내|강퇴)|재입장[^.!?\n]{0,10}(막|차단|금지)/,
  /(impedir|evitar|bloquear)[^.!?\n]{0,30}(vuelva|volver|voltar) a entrar/i,
  /(mencegah|blokir)[^.!?\n]{0,30}masuk (lagi|kembali)|(chặn|ngăn)[^.!?\n]{0,30}vào lại/i,
  /(บล็อก|ป้องกัน|ไม่ให้)[^.!?\n]{0,20}เข้า(มา)?(ใหม่|อีก)|(منع|امنع)[^.!?\n]{0,30}(العودة|الرجوع|الدخول مرة)/,
  /tekrar (girmesini|katılmasını) (engelle|önle)|empêcher[^.!?\n]{0,30}(revenir|rejoindre à nouveau)/i,
  /(wieder beitreten|wieder rein)[^.!?\n]{0,30}(verhindern|sperren)/i,
  /(запрет|запретить|заблокировать)[^.!?\n]{0,30}(снова|повторн)/i,
  /(दोबारा|फिर से) (join|जॉइन)[^।.!?\n]{0,20}(रोक|ब्लॉक)/i,
];

/** The status a join shows while it has not yet connected, as each language's apps word it. */
const CONNECTING_STATUS =
  '\\bconnecting|\\bjoining|\\breconnecting|连接中|連線中|連接中|正在连接|正在連線|接続中|연결 ?중|접속 ?중|conectando|' +
  'a ligar|menghubungkan|đang kết nối|กำลังเชื่อมต่อ|جار(ي|ٍ)? الاتصال|جاري الانضمام|bağlanıyor|connexion en cours|' +
  'verbinde|wird verbunden|verbindung wird hergestellt|подключение|соединение\\.\\.\\.|कनेक्ट हो रहा';
/** Staying on a screen without going on: "stuck", "hangs", "stays", in each language. */
const STUCK =
  '\\bstuck|\\bhangs?\\b|\\bstays?\\b|卡|停|止ま|固ま|のまま|멈|걸려|안 넘어|atascad|se queda|trav|fica|parad|' +
  'macet|nyangkut|\\bstuck\\b|kẹt|đứng|ค้าง|عالق|يعلق|معلق|takıl|kalıyor|bloqué|reste|coincé|hängt|bleibt|' +
  'зависа|висит|застрева|अटक|रुक|फंस';

export const CATEGORY_WORDS: Record<Exclude<Category, 'other' | 'compatibility'>, RegExp[]> = {
  crash: [
    /崩溃|闪退|卡死|无响应|白屏|黑屏退出|直接退出|自动退出|崩潰|閃退|當機|無回應|自動退出|直接跳出/,
    /\bcrash(es|ed|ing)?\b|\bkeeps? closing\b|\bforce[- ]clos|\bapp (closes|quits|dies)\b|\bfreezes? and closes?\b/i,
    /クラッシュ|アプリ(が|は)?落ち|落ちてしま|強制終了|異常終了|アプリが終了/,
    /(?<!(마이크|카메라|화면 ?공유|영상|비디오|소리)(가|이|는|도)? ?)(꺼져|꺼집니다)|강제 ?종료|튕겨|튕김|튕기|크래시|앱이 꺼|앱이 종료|앱이 죽/,
    /se cierra sol|se cierra de repente|cierre inesperado|crashea|se crashe|fecha sozinh|fechando sozinh/i,
    /crasha|fecha do nada/i,
    /keluar sendiri(?! dari (room|ruang|channel|panggilan|meeting|rapat))|tertutup sendiri|menutup sendiri/i,
    /aplikasi (tiba-tiba )?(keluar|tertutup|mati)|berhenti sendiri/i,
    /(ứng dụng|app)( bị)? văng|tự văng|văng app|tự thoát|thoát đột ngột|sập app|bị crash/i,
    /(?<!(mic|micro|camera|cam|loa|chia sẻ màn hình|video) )tự tắt/i,
    /แอปเด้ง|เด้งออก|แครช|ปิดตัวเอง|แอปปิดเอง/,
    /يتوقف فجأة|يقفل لحاله|يسكر لحاله|يقفل فجأة|يطلع من التطبيق|توقف التطبيق|يتعطل التطبيق|ينهار/,
    /انهيار التطبيق|يغلق (تلقائي|فجأة|من تلقاء)|يخرج التطبيق|كراش/,
    /uygulama[^.!?\n]{0,20}(çök|kapan)|çöküyor|kendiliğinden kapan|aniden kapan/i,
    /\bplante\b|\bplantent\b|se ferme (tout seul|toute seule|brusquement)|fermeture inattendue/i,
    /stürzt[^.!?\n]{0,60}\bab\b|absturz|abstürz|schließt sich (von selbst|einfach)|beendet sich (von selbst|einfach)/i,
    /вылета|крэш|(?<![а-яё])краш|падает прилож|приложение падает|закрывается само|аварийно заверш/i,
    /क्रैश|क्रेश|अपने आप बंद|ऐप बंद हो/,
    // An app that is killed or stops responding, and the crash signals a developer pastes.
    /\b(closes|quits|shuts down|exits) (by itself|itself|on its own|unexpectedly)|يطلع فجأة|التطبيق يطلع|يطلع لحاله/i,
    /\bfreezes?,? (and )?then (closes|quits|crashes)|\bcrash(e|ent)\b|schmiert[^.!?\n]{0,60}\bab\b|abgeschmiert/i,
    /(app|应用|程序|软件|客户端|應用|程式|軟體|用戶端)[^，。！？\n]{0,4}崩(了|掉|溃|潰)|แอป(ก็|จะ|มัน)?เด้ง/i,
    /\bANR\b|\bsigsegv\b|\bsigabrt\b|\bexc_bad_access\b|\bsegmentation fault|\bapp (hangs|stops responding)/i,
    /应用无响应|程序崩|應用程式無回應|応答なし|앱이 멈춰서 꺼|응답 없음|la (app|aplicación) se cierra|se cierra la (app|aplicación)/i,
    /o (app|aplicativo) (fecha|trava e fecha)|aplikasi (force close|berhenti)/i,
    /(app|ứng dụng) (bị )?(đóng|tắt) đột ngột/i,
    /التطبيق (يقفل|يسكر|يطفي|ينغلق)|l'(appli|application) se ferme|приложение закрывается|ऐप अचानक बंद/i,
    // The whole app freezing until it is killed or restarted: a crash, not a picture that stops.
    /\b(the |whole |entire )?app (completely |totally |just )?(freezes|hangs|locks up|becomes unresponsive)/i,
    /\bforce[- ]?(quit|kill|stop)|\b(kill|force close|restart) the app\b/i,
    /(整个|整個)?(应用|應用|app|程序|程式)[^，。！？\n]{0,6}(卡住|卡死|冻住|凍住|没反应|沒反應)|杀进程|殺進程|强杀|強殺|强制关闭|強制關閉/i,
    /杀掉(应用|app)|殺掉(應用|app)|划掉重开|滑掉重開|アプリ(全体)?(が|は)?(固ま|フリーズ|動かなくな)|タスクキル|再起動するしか/i,
    /앱(이|이 완전히| 전체가)? ?(멈춰|멈추|먹통|얼어|굳어)|앱을 (껐다 ?켜|강제로 (닫|끄))|재실행해야/,
    /(la )?(app|aplicaci(ó|o)n) se (congela|cuelga|bloquea|queda (congelada|colgada|pillada))|forzar (el )?cierre/i,
    /(cerrar|matar|reiniciar) la (app|aplicaci(ó|o)n)/i,
    /(app|aplicativo) (congela|trava) (totalmente|completamente|todo|inteiro)|for(ç|c)ar (o )?fechamento/i,
    /(fechar|matar|reiniciar) o (app|aplicativo)/i,
    /aplikasi(nya)? (nge-?)?(hang|freeze|not responding|macet total)|tutup paksa|paksa (tutup|berhenti)/i,
    /(ứng dụng|app) (bị )?(treo|đơ)|treo (cứng|luôn)|phải (tắt|thoát|kill) (app|ứng dụng)|buộc (đóng|dừng)/i,
    /แอป(ค้าง|แฮงค์|แฮง|ไม่ตอบสนอง)|ต้องปิดแอป|บังคับปิด|ปัดแอปทิ้ง/,
    /التطبيق (يعلق|يهنق|يتجمد|يتهنق|يوقف|معلق)|(أقفل|اقفل|نقفل|نسكر|أسكر|نغلق) التطبيق|(إغلاق|إيقاف) إجباري/,
    /(uygulama|app) (tamamen |komple )?(donuyor|kilitleniyor|yanıt vermiyor)|kapatıp (tekrar|yeniden) aç|zorla kapat/i,
    /(appli|application|app) (se )?(fige|bloque|gèle)\b/i,
    /(appli|application) (complètement |totalement )?(figée|bloquée)/i,
    /forcer (la )?fermeture|(tuer|relancer|redémarrer) l'(appli|application|app)\b/i,
    /\bapp (friert|hängt|reagiert nicht)|(friert|hängt sich) komplett|zwangsbeend|beenden erzwingen/i,
    /app (neu starten|killen|abschießen)/i,
    // "Die App hängt sich beim Beitritt auf", "friert nach dem Teilen komplett ein": the particle ends the clause.
    /\b(app|anwendung|programm)\b[^.!?\n]{0,20}\b(hängt sich|friert)\b[^.!?\n]{0,60}\b(auf|ein)\b/i,
    /приложение (зависает|виснет|не отвечает|намертво)|намертво|принудительно (закр|останов)/i,
    /убива(ть|ем) (процесс|приложение)/i,
    /перезапуска(ть|ем) приложение/i,
    /ऐप (पूरा |पूरी तरह )?(हैंग|फ्रीज़|फ्रीज|अटक)|फोर्स (क्लोज|स्टॉप)|ऐप (को )?बंद (करके|कर के)/,
    // Killed for running out of memory, as each language says it.
    /\bout of memory\b|\bOOM\b|\b(killed|terminated) by the (system|os)|内存(爆|溢出|不足)|被系统杀|被系統殺|記憶體不足/,
    /メモリ不足|メモリリーク|메모리 (부족|누수)|sin memoria|memoria insuficiente|fuga de memoria|falta de mem(ó|o)ria/i,
    /vazamento de mem(ó|o)ria|kehabisan memori|memory leak|tràn bộ nhớ|hết bộ nhớ|rò rỉ bộ nhớ|หน่วยความจำเต็ม/i,
    /แรมเต็ม/i,
    /نفاد الذاكرة|تسريب (في )?الذاكرة|الذاكرة (ممتلئة|امتلأت)|bellek (yetersiz|sızıntısı)|manque de m(é|e)moire/i,
    /fuite de m(é|e)moire|m(é|e)moire insuffisante|speichermangel|speicherleck|нехватк[аи] памяти|утечк[аи] памяти/i,
    /मेमोरी (फुल|लीक|कम)/,
    // The system's "app is not responding" dialog, in the words each language's phones show it.
    /\b(app|application) (is not|isn'?t) responding|앱이? 응답하지 않|(app|aplicaci(ó|o)n) no responde/i,
    /(app|aplicativo) n(ã|a)o (est(á|a) )?respond|beku total|(menawarkan|minta) (untuk )?menutup aplikasi/i,
    /(app|aplikasi|ứng dụng) (tidak merespons|không phản hồi)|แอปไม่ตอบสนอง|التطبيق (لا|ما) يستجيب/i,
    /(appli|application|app) ne r(é|e)pond (pas|plus)|ऐप (रिस्पॉन्ड|जवाब) नहीं/i,
    // The app vanishing and the phone's home screen coming back: the app went down, whatever was on screen.
    /\b(app|application) (just |simply )?(vanishes|disappears|is gone)|\b(straight |right )?back to the home ?screen/i,
    /アプリが(突然)?消え|ホーム画面に戻(され|っ)|(直接|突然)?(回到|退回|跳回|返回)(桌面|主屏幕|主畫面)/,
    /홈 ?화면으로 (튕|나가|돌아가|빠져)|앱이 (그냥 )?사라져|(vuelve|regresa) a la pantalla de inicio|la app desaparece/i,
    /volta (pra|para) a tela (inicial|de in(í|i)cio)|o app (simplesmente )?some/i,
    /(balik|kembali|mental) ke (home|layar utama|homescreen)|aplikasi(nya)? (tiba-tiba )?hilang/i,
    /(văng|thoát|quay) (ra|về) màn hình chính|app biến mất|เด้ง(กลับ)?(ไป)?หน้า(โฮม|หลัก)|แอป(ก็)?หายไป/i,
    /(يرجع|يرجعني|يطلعني) (للشاشة|على الشاشة) الرئيسية|التطبيق يختفي|ana ekrana (atıyor|dönüyor|düşüyor)/i,
    /uygulama (birden )?kayboluyor|kapatıp aç/i,
    /(retour|renvoie|revient) (à|sur) l'écran d'accueil|l'(appli|application) dispara(î|i)t/i,
    /(zurück|landet|lande|landen) (man |wir )?(auf|im) (den |dem )?(homescreen|startbildschirm)|app verschwindet/i,
    /(выкидывает|выбрасывает) на (главный|рабочий|домашний) экран|приложение (просто )?(пропадает|исчезает)/i,
    /होम स्क्रीन पर (आ ज|वापस|पहुँच)|(ऐप|app) (गायब|बंद) हो/i,
    /\bapp (band|crash) ho (jaata|jata|jaati|jati|gaya|gayi|raha|rahi)/i,
    // The whole process dying, the system killing the app, the app restarting from scratch or swiped away.
    /\b(whole |entire )?process (dies|is gone|is killed)|\b(ios|android|the system) (kills|terminates) the app/i,
    /\b(app|application) (is|gets) killed|\brestarts? from (scratch|zero|the beginning)|\bswipe (it|the app) away/i,
    /\brenderer process (dies|crashes)|\b(unity )?editor (quits|closes)|\boffers to close the app/i,
    /(整个|整個)?(进程|程序|應用|应用|app)(就)?(没了|不見了|挂了|掛掉)|(把|将)(应用|app)(杀掉|殺掉|关掉|關掉)|渲染(进程|程序)/i,
    /(被|就被)(杀掉|殺掉|杀了)|从头重新启动|從頭重新啟動|(后台|背景)(划掉|滑掉)|(编辑器|編輯器)(直接)?关闭|編輯器直接關閉/,
    /プロセスごと|アプリを終了させ|レンダラー(プロセス)?が落ち|エディタが[^。！？\n]{0,10}終了|アプリが応答しません/,
    /프로세스가 (통째로 )?죽|앱을 종료시|처음부터 다시 시작|에디터가[^.!?\n]{0,10}닫/,
    /se muere (todo )?el proceso|termina la app|arranca otra vez desde cero|deslizar la app|editor de unity se cierra/i,
    /processo (inteiro )?morre|encerra o app|reinicia do zero|arrastar o app|editor do unity fecha/i,
    /proses(nya)? mati|mematikan aplikasi|mulai ulang dari awal|swipe aplikasi/i,
    /tiến trình chết|tắt ứng dụng ngay|khởi động lại từ đầu|vuốt tắt app|ứng dụng biến mất|muốn đóng ứng dụng/i,
    /โปรเซสตาย|ปิดแอปทันที|เริ่มใหม่ตั้งแต่ต้น|ถามว่าจะปิดแอป|แอปนิ่ง/,
    /تموت العملية|ينهي التطبيق|يبدأ التطبيق من جديد|يختفي التطبيق|يعرض إغلاق التطبيق|محرر unity يغلق/i,
    /süreç (ölüyor|tamamen kapanıyor)|uygulamayı (sonlandırıyor|öldürüyor)|baştan başlıyor/i,
    /le processus (entier )?meurt|(ios|android) (ferme|tue) l'app|redémarre (depuis le début|de zéro)/i,
    /prozess stirbt|beendet die app|startet von vorne/i,
    /процесс (целиком )?(умирает|падает)|(система|ios|android) (закрывает|убивает) приложение|перезапускается с нуля/i,
    /प्रोसेस (मर|बंद)|शुरू से (चालू|स्टार्ट)/,
  ],
  connectivity: [
    /掉线|断线|断开|连不上|无法接通|接不通|打不通|无法连接|连接失败|进不去|进不了|加入失败|加不进|无法加入|频繁断|重连/,
    /(进|加入|登录|连接)[^，。！？\n]{0,10}失败|(进|進)房[^。！？\n]{0,12}(很久|很慢|失败|失敗)|登录失败|呼叫失败|超时|被踢|踢出|踢下线|连不进|入会失败|进房失败|一直转圈/,
    /掉線|斷線|斷開|連不上|無法接通|無法連線|無法連接|連線失敗|連接失敗|進不去|進不了|加入失敗|無法加入|頻繁斷|重連/,
    /(進|加入|登入|連線|連接)[^，。！？\n]{0,10}失敗|重新連線|登入失敗|逾時|超時|斷訊/,
    /\bdisconnect|\bdrop(s|ped|ping)?\b|\bcan(no|')?t (connect|join|get through)|\bunable to (connect|join)/i,
    /\bconnection (fail|lost|drop|error)|\bfails? to (connect|join)|\bkeeps? (dropping|disconnecting|reconnecting)/i,
    /\breconnect|\bcall(s)? (fail|won't connect)|\b(nobody|no one|no users?) can (connect|join)/i,
    /\btimes? out\b|\btimed out\b|\btimeout\b|\b(kicked|booted|thrown) (out|from)\b/i,
    /通話が[^。！？\n]{0,8}(切れ|落ち)|接続が[^。！？\n]{0,8}(切れ|落ち)|切断|接続でき|繋がら|つながら|入室でき|参加でき|ログインでき|タイムアウト/,
    /接続エラー|接続に失敗|再接続|入れない|入れません|退出させられ/,
    /통화[^.!?\n]{0,8}끊|연결(이)? ?(자꾸 |계속 )?끊|접속(이)? ?(안|실패|불가)|연결(이)? ?(안 ?되|안 ?돼|실패)|입장(이)? ?(안|불가|실패)/,
    /참여(가)? ?안|타임아웃|시간 ?초과|재연결|재접속/,
    /llamadas? se (corta|cae)|se (corta|cae)n? las llamadas|se desconecta|desconexi/i,
    /no (puede|pueden|puedo|podemos) (conectar|entrar|unir)/i,
    /no (se )?conecta|expulsa|me saca de la sala|(ningún usuario|nadie) (puede|pudo) (conectar|entrar|unir)/i,
    /error de conexi|falla la conexi|tiempo de espera|reconect|timeout/i,
    /conex(ã|a)o (ca[ie]|caindo)|chamadas? (ca[ie]|caindo)|liga(ç|c)(ão|ões|ao|oes) (ca[ie]|caindo)/i,
    /caem toda hora|derruba|desconect|reconect/i,
    /não (consigo|conseguimos|consegue|conseguem) (conectar|entrar|acessar)|sem conseguir (conectar|entrar)/i,
    /erro de conex|expuls|falha (na|de) conex|tempo esgotado/i,
    /panggilan[^.!?\n]{0,12}putus|ditendang|terputus|putus koneksi|koneksi (putus|terputus|gagal)/i,
    /panggilan (putus|terputus)|tidak (bisa|dapat) (masuk|terhubung|join|gabung)/i,
    /gagal (terhubung|masuk|koneksi|join)|(nggak|gak|ga) bisa masuk|sambungan (putus|terputus)|waktu habis/i,
    /rớt mạng|rớt cuộc gọi|bị rớt|mất kết nối|ngắt kết nối|bị ngắt|không (vào|kết nối|tham gia|join) được/i,
    /không thể (kết nối|vào|tham gia)|bị văng ra|văng ra khỏi|vào phòng[^.!?\n]{0,10}lâu|lỗi kết nối/i,
    /kết nối thất bại|quá thời gian|hết thời gian chờ|bị đá ra/i,
    /สายหลุด|หลุดบ่อย|หลุดจากห้อง|เชื่อมต่อไม่(ได้|สำเร็จ)|ต่อไม่ติด|โทรไม่ติด|เข้าห้องไม่ได้/,
    /การเชื่อมต่อล้มเหลว|หมดเวลา/,
    /ไทม์เอาท์|ถูกเตะออก|เข้าไม่ได้|หลุด|ต่อใหม่/,
    /تنقطع المكالم|المكالمات تنقطع|انقطاع (الاتصال|المكالم)|ينقطع الاتصال|انقطع الاتصال|فصل الاتصال|قطع الاتصال/,
    /لا (يستطيع|يستطيعون|نستطيع|أستطيع|يمكن|يمكننا|يمكنهم) (الاتصال|الانضمام|الدخول)|فشل (الاتصال|الانضمام)/,
    /تعذر (الاتصال|الانضمام)|يعيد الاتصال|إعادة اتصال|انتهت المهلة|مهلة الاتصال|إعادة الاتصال|تم طرد/,
    /kopuyor|kopma|aramalar (düşüyor|kesiliyor)|bağlantı (kopuyor|kesiliyor|hatası|kurulamıyor|sorunu)|bağlanamıyor/i,
    /bağlanılamıyor|odadan atıl|katılamıyor|giremiyor|zaman aşımı|yeniden bağlan/i,
    /déconnect|appels? (se )?coup|coupe(nt)? l'appel|se déconnecte|déconnexion/i,
    /impossible de (se connecter|rejoindre|joindre|entrer)/i,
    /n'arrive(nt)? (pas|plus) à (se connecter|rejoindre|entrer)|éject|expulsé/i,
    /ne (peut|peuvent|peux|pouvons)( pas| plus)? (se connecter|rejoindre)/i,
    /échec de (la )?connexion|la connexion expire|perte de connexion|reconnex/i,
    /bricht[^.!?\n]{0,60}\bab\b|brechen[^.!?\n]{0,60}\bab\b|abbrüche|abgebrochen/i,
    /verbindung (bricht|abbr|fehl|getrennt)/i,
    /verbindungsabbr|verbindungsfehler|verbindung schlägt fehl|keine verbindung|nicht beitreten|nicht verbinden/i,
    /zeitüberschreitung|getrennt|rausgeworfen|fliegen raus|fliegt raus/i,
    /\b(fliegt|fliegen|fliege)\b[^.!?\n]{0,40}\b(raus|heraus)\b|\bkomm(e|t|en)\b[^.!?\n]{0,40}\bnicht (mehr )?rein\b/i,
    /\bbaut[^.!?\n]{0,40}\bkeine verbindung auf\b|\bverbindung\b[^.!?\n]{0,40}\bbricht\b[^.!?\n]{0,40}\bzusammen\b/i,
    /обрыва|обрыв звонк|разрыва/i,
    /(?<!(микрофон|камера|звук|видео) )отключа[а-яё]{0,4}(?![а-яё]| (микрофон|камер|звук|видео))/i,
    /не (может|могут|можем|могу) (подключиться|войти|зайти|присоединиться)/i,
    /пропада(ет|ют) связь|связь пропада|теряется связь|не подключается|не удаётся подключиться/i,
    /не удается подключиться|ошибка (подключения|соединения)|таймаут|тайм-аут/i,
    /не получается (войти|подключиться|зайти)|переподключ|висит на подключении|выкидывает/i,
    /कट जात|कट रही|कॉल कट|डिस्कनेक्ट|कनेक्ट नहीं|कनेक्ट नही|कनेक्शन फेल|कनेक्शन टूट|जुड़ नहीं|जुड नहीं/,
    /टाइमआउट|टाइम आउट/,
    /जॉइन नहीं/,
    // A call that ends or hangs up by itself.
    /\bcalls? (just |randomly |suddenly )?(ends|ended|hangs up)\b|\bhangs? up (by itself|on its own)/i,
    /\bcalls? (get )?cut off/i,
    /(自己|自动|自動)(就|会|會)?(断|斷|挂|掛)|通话中断|通話中斷|勝手に切れ|自動で切れ|통화가 (저절로|혼자|갑자기) 종료/,
    /สาย(ก็|จะ)?ตัด|ตัดสายเอง|(المكالمة|الاتصال|الخط) (ت|ي)فصل|(تفصل|يفصل) (المكالمة|الاتصال)/,
    /(bağlantı|arama|görüşme)(lar)?[^.!?\n]{0,15}(düşüyor|kesiliyor|kopuyor|gidiyor)|connexion (qui )?saute/i,
    /reißt[^.!?\n]{0,60}\bab\b|abgerissen|(звонок|вызов|связь)[^.!?\n]{0,20}сбрасыва|сбрасывает (звонок|вызов)/i,
    /звон[а-яё]{0,3} (сам[а-яё]{0,2} )?(завершается|обрывается)/i,
    // An error as the call is joined, in every language.
    /\berror[^.!?\n]{0,15}\b(when|while) (joining|connecting)|\bcan('|no)?t get in\b|(加入|进入|進入)[^，。！？\n]{0,6}报错/i,
    /入室時にエラー|参加時にエラー|입장 ?(시|할 때) ?(오류|에러)|error al (unirse|entrar|conectar)|erro ao (entrar|conectar)/i,
    /error (saat|waktu) (join|masuk)|lỗi khi (vào|tham gia|kết nối)|error ตอนเข้า|خطأ عند (الدخول|الانضمام|الاتصال)/i,
    /(katılırken|bağlanırken) hata|erreur (lors de la connexion|en rejoignant)|fehler beim (beitreten|verbinden)/i,
    /ошибка при (подключении|входе)|(जॉइन|कनेक्ट) करते (समय|वक्त)/i,
    // A join that never finishes. An unstable connection is left out: it is named as the cause of poor quality too.
    /\bstuck (on|at|while) ["'“]?(connecting|joining|reconnecting)|\bnever (connects?|joins?)\b/i,
    /\bwon'?t (connect|join)|\bfail(s|ed|ing)? to join/i,
    /\bcan(no|')?t (get into|enter) (the )?(channel|room|call|meeting)/i,
    /(입장|참여|접속|연결)[^.!?\n]{0,6}(안 ?되|안 ?돼|불가|실패)/,
    /ما (يقدر|يقدرون|نقدر|أقدر|اقدر|تقدر) (يدخل|ندخل|أدخل|ادخل|يتصل|نتصل|ينضم|ننضم)/,
    /no (logra|logran|logramos|consigue|consiguen|consigo|conseguimos) (entrar|conectar|unirse)|se queda cargando/i,
    new RegExp(`(${CONNECTING_STATUS})["'”’」』»]?[^.!?。！？\\n]{0,12}(${STUCK})`, 'i'),
    new RegExp(`(${STUCK})[^.!?。！？\\n]{0,12}["'“‘「『«]?(${CONNECTING_STATUS})`, 'i'),
    /\b(join|connect) (नहीं|नही)|(join|connect) (नहीं|नही) (हो|कर)/i,
    /一直(显示)?连接中|卡在连接|一直(顯示)?連線中|接続中のまま|연결 ?중(에서)? 멈/,
    /(入室|参加|入ろう|参加しよう)[^。！？\n]{0,10}(ぐるぐる|読み込み中のまま)/,
    /se queda (conectando|en conectando)|fica (em )?conectando|bloqué sur (la )?connexion|hängt beim verbinden/i,
    // Calls "tearing", falling for us, a join that spins: the connection, in each language's own picture.
    /звонки рвутся|связь рв(е|ё)тся|se (nos |me |les )?(cae|caen|corta|cortan) (la |las )?llamada/i,
    /(الاتصال|المكالمة|الخط) (ي|ت)نقطع|\bjoin(ing)? (failed|error)|轉圈圈|转圈圈/i,
    /(connexion|appel)s? (qui )?échou|échoue à (se connecter|rejoindre)/i,
    // A join that never finishes behind a spinner, servers nobody can reach.
    /\bspinner\b|\bloading (circle|wheel|screen) (forever|for ever)/i,
    /\bnever completes\b|\b(can'?t|cannot) reach (your|the) servers?/i,
    // Participants who never get into the room, whatever the screen shows meanwhile.
    /\bnever (get|gets|got|make it) (in|into)\b|(n'|ne )?(rentr|entr|arriv)[a-z]{0,4} jamais (dans|à|a) (la|le)\b/i,
    /nunca (consigue[n]?|logra[n]?|consegue[m]?)? ?(entrar|entra[nm]?) (a|en|na|no) (la )?(sala|reuni)/i,
    /komm(t|en) nie (in den|in die|rein)|никогда не (заход|вход|попада)|так и не (зашли|вошли|попали|заходят)/i,
    /로딩 표시만|घूमता हुआ गोला|サーバーに(全く)?(つながりません|つながらない)/,
    // The host gone for everyone else while still in the room on their own screen.
    /\b(host|presenter) (just )?(vanishes|disappears)|(主播|主持人)[^，。！？\n]{0,8}(消失|不见|不見)/i,
    /ホストが[^。！？\n]{0,10}消え|호스트가[^.!?\n]{0,12}사라|(anfitri(ó|o)n|apresentador) (desaparece|some)/i,
    /(host|chủ phòng)[^.!?\n]{0,4}(hilang|biến mất)|โฮสต์[^.!?\n]{0,4}หายไป|المضيف يختفي|(sunucu|host) kayboluyor/i,
    /l'(hôte|animateur) dispara(î|i)t|(gastgeber|host) verschwindet|ведущий пропадает|होस्ट[^।.!?\n]{0,30}गायब/i,
    // A token refused as expired or invalid as the call is joined.
    /\btoken (has |is |was )?(expired|invalid|rejected)|\b(expired|invalid) token|token[^，。！？\n]{0,4}(过期|失效|無效|過期)/i,
    /トークン[^。！？\n]{0,6}(期限切れ|有効期限|無効)|토큰[^.!?\n]{0,4}(만료|유효하지|무효)|token (expirado|vencido|inv(á|a)lido)/i,
    /token[^.!?\n]{0,6}(kedaluwarsa|kadaluarsa|expired|hết hạn|không hợp lệ)|(โทเคน|token)[^.!?\n]{0,4}หมดอายุ/i,
    /(التوكن|الرمز|token)[^.!?\n]{0,6}(منتهي|انتهت صلاحيته|غير صالح)|token (süresi dol|geçersiz)/i,
    /(jeton|token) (a )?(expiré|invalide)|token (ist )?(abgelaufen|ungültig)/i,
    /токен[^.!?\n]{0,6}(истёк|истек|просрочен)/i,
    /токен[^.!?\n]{0,6}недействител|टोकन[^।.!?\n]{0,6}(एक्सपायर|अमान्य)/i,
    // The whole service down: nobody gets a call through.
    /\b(service|platform) (is |has been |went )?(completely |totally )?down\b|服务(挂了|宕机|全挂)|服務(掛了|當機)/i,
    /servicio (est(á|a) )?ca(í|i)do|servi(ç|c)o (est(á|a) |tá )?(fora do ar|caído|fora)|layanan (down|lumpuh)/i,
    /dịch vụ (bị )?sập|บริการล่ม|الخدمة (واقفة|متوقفة|طايحة)|(servis|hizmet)[^.!?\n]{0,20}çöktü/i,
    /service[^.!?\n]{0,20}en panne|(dienst|service)[^.!?\n]{0,40}ausgefallen|сервис[^.!?\n]{0,10}(лежит|упал)/i,
    /\bcall (kat|cut) (jaati|jata|jaata|ho jaati|ho jata|raha|rahi)|\b(connect|join) (nahi|nahin) (ho|kar)/i,
  ],
  feature: [
    /白板|美颜|滤镜|录屏|录制|特效|虚拟背景|屏幕共享|共享屏幕|变声|旁路推流|云录制|水印|贴纸/,
    /美顏|濾鏡|錄影|錄製|螢幕錄影|虛擬背景|螢幕分享|分享螢幕|變聲/,
    /\bwhiteboard|\bbeauty\b|\bfilters?\b|\bscreen ?record|\brecording\b|\bvirtual background\b|\bscreen ?shar/i,
    /\beffects?\b|\bvoice changer\b/i,
    /ホワイトボード|美肌|美顔|フィルター|画面録画|録画|エフェクト|バーチャル背景|仮想背景|背景ぼかし|画面共有|ボイスチェンジャー/,
    /화이트보드|뷰티|필터|화면 ?녹화|녹화|이펙트|가상 ?배경|배경 ?흐림|화면 ?공유|음성 ?변조|보이스 ?체인저/,
    /filtro|belleza|grabaci|fondo virtual|compartir (la )?pantalla|pantalla compartida|cambiador de voz/i,
    /beleza|grava(ç|c)(ão|ao) de tela|fundo virtual|compartilhamento de tela|compartilhar (a )?tela/i,
    /kecantikan|rekam layar|perekaman|latar virtual|background virtual|berbagi layar|pengubah suara/i,
    /làm đẹp|bộ lọc|quay màn hình|ghi hình|hiệu ứng|phông nền ảo|nền ảo|chia sẻ màn hình|đổi giọng/i,
    /ฟิลเตอร์|หน้าสวย|บิวตี้|อัดหน้าจอ|บันทึกหน้าจอ|เอฟเฟกต์|พื้นหลังเสมือน|แชร์หน้าจอ|เปลี่ยนเสียง/,
    /فلتر|فلاتر|التجميل|تسجيل الشاشة|خلفية افتراضية|مشاركة الشاشة|تغيير الصوت/,
    /bulut kayd|kayıt dosyası|\bkayıt\b|filtre|güzellik|ekran kaydı|sanal arka plan|ekran paylaşım|ses değiştirici/i,
    /flou d'arrière-plan|beauté|enregistrement|fond virtuel|arrière-plan virtuel|partage d'écran/i,
    /partager l'écran|changeur de voix/i,
    /virtuelle[nr]? hintergrund|hintergrund-funktion|hintergrund(bild|effekt|unschärfe)|bildschirmaufnahme/i,
    /aufzeichnung|virtueller hintergrund|bildschirmfreigabe/i,
    /bildschirm teilen|stimmverzerrer/i,
    /фильтр|бьюти|запись экрана|запис[ьи] звонк|виртуальный фон|демонстраци[яи] экрана|изменени[ея] голоса/i,
    /फ़िल्टर|फिल्टर|ब्यूटी|स्क्रीन रिकॉर्ड|रिकॉर्डिंग|वर्चुअल बैकग्राउंड|स्क्रीन शेयर/,
    // Screen sharing as people also write it: "share my screen", "Screen-Sharing", "แชร์จอ", "ekranı paylaşınca".
    /\bshar(e|ing) (my |the |your |our )?screen|\bscreen-shar|compartir (mi|su) pantalla/i,
    /compartilhar (minha|sua) tela/i,
    /partag[a-zé]{0,4} (mon |son |votre |notre |leur |de l'|l')?écran|bagi layar|แชร์จอ|ekranı paylaş/i,
    /ekran paylaş/i,
    /показ[а-яё]{0,2} экрана|шаринг экрана|расшар[а-яё]{0,6} экран|شير الشاشة|مشاركة شاشة|स्क्रीन शेयर/i,
    /spatial audio|空间音频|空間音訊|空間オーディオ|공간 ?오디오|(á|a)udio espacial|audio spasial|âm thanh không gian/i,
    /เสียงรอบทิศทาง|الصوت المكاني|uzamsal ses|audio spatial|räumliche[sr]? audio|пространственн[а-яё]{2} звук/i,
    /स्पेशियल ऑडियो/,
    // Cloud recording, watermarks, whiteboards, captions and background blur, as each language names them.
    /云端录制|录像|字幕|实时转写|语音转文字|转写|雲端錄製|雲錄製|浮水印|轉寫|逐字稿|螢幕共享|共享畫面|畫面分享|背景虚化|背景模糊/,
    /\bwatermark|\bcaptions?\b|\bsubtitles?\b|\btranscri(pt|ption|bing)|\bcloud recording|\bbackground blur/i,
    /\bblur(red)? background|\brtmp\b|\bcdn (push|stream)/i,
    /クラウド録画|録音|透かし|ウォーターマーク|字幕|文字起こし|背景(の)?(ぼかし|変更)|画面シェア/,
    /워터마크|자막|받아쓰기|클라우드 ?녹화|배경 ?(흐림|블러|바꾸기)|녹음/,
    /marca de agua|subt(í|i)tulos|transcripci|pizarra|fondo desenfocado|desenfoque de fondo/i,
    /compartici(ó|o)n de pantalla/i,
    /grava(ç|c)(ão|ao|ões|oes)|marca d'(á|a)gua|legendas?\b|transcri(ç|c)|quadro branco|lousa|desfoque de fundo/i,
    /\brekaman\b|rekam (layar|cloud|video)|tanda air|\bsubtitle|transkrip|papan tulis|latar belakang (virtual|blur)/i,
    /share (layar|màn hình)|bảng trắng|phụ đề|thành văn bản|ghi âm|bản ghi|ghi lại cuộc gọi|làm mờ (nền|phông)/i,
    /บันทึกวิดีโอ|บันทึกการ(ประชุม|โทร|สนทนา)|บันทึก(บน)?คลาวด์|อัดวิดีโอ|ลายน้ำ|ไวท์บอร์ด|กระดานไวท์|ซับไตเติ/,
    /คำบรรยาย/,
    /ถอดความ|เบลอพื้นหลัง|พื้นหลังเบลอ/,
    /التسجيل السحابي|تسجيل (المكالم|الاجتماع|الفيديو|سحابي)|ملفات? التسجيل|علامة مائية|العلامة المائية|السبورة/,
    /اللوح الأبيض|الترجمة (النصية|الفورية|المصاحبة)|ترجمة (نصية|فورية)|تحويل الكلام|الخلفية الافتراضية|تمويه الخلفية/,
    /filigran|altyazı|transkript|deşifre|beyaz tahta|arka plan bulanıklaştırma|kaydı (alınmıyor|oluşmuyor)/i,
    /filigrane|sous-titre|transcription|tableau blanc|arrière-plan (flou|virtuel)|flouter l'arrière-plan/i,
    /wasserzeichen|untertitel|transkri|aufnahme|weichzeichn/i,
    /облачн[а-яё]{0,4} запис|запис[ьи] (встреч|конференц|видео|в облак)|водян[а-яё]{0,3} знак|субтитр|транскрип/i,
    /расшифровк|интерактивн[а-яё]{0,3} доск|белая доска|вайтборд|размыти[ея] фона|демонстрац[а-яё]{0,4} экрана/i,
    /वॉटरमार्क|सबटाइटल|कैप्शन|ट्रांसक्रिप्ट|व्हाइटबोर्ड|बैकग्राउंड ब्लर|स्क्रीन शेयरिंग/,
    // In-call chat and messages, the host's mute controls and a shared screen's sound, as each language names them.
    // Viewers complaining in the chat name where they complain, not a chat fault.
    new RegExp(
      '(?<!(voice|video|audio|voz|v(í|i)deo|voix|sprach|complain(ing|s)? in( the)?|yelling in( the)?) )' +
        '\\bchat\\b(?![- ]?(apps?|rooms?|salas?|salon|räume?)\\b)',
      'i',
    ),
    /\bpolls?\b|\braise hand|\bhand raise|\bmute (all|everyone|button|participants?)|\bhost (can'?t )?mutes?/i,
    /\b(system|computer|desktop) (audio|sound)\b/i,
    /聊天(消息|信息|訊息|記錄|记录|区|區|功能|框)|(会议|會議|房间|房間|直播间|直播間)(里|裡|内|內)?的?聊天|全员静音|全員靜音|静音按钮|靜音按鈕|举手|舉手/,
    /(弹幕|彈幕)(?!(里|裡|上|中)?(都在|一直|也)?(骂|罵|吐槽|抱怨|刷|说|說|问|問|反映|投诉|投訴))/,
    /(主持人|房主|管理员)[^，。！？\n]{0,8}(静音|靜音)|系统声音|系統聲音|系统音频|系統音訊|电脑声音|電腦聲音/,
    /(?<!ビデオ|ボイス|音声)チャット|全員ミュート|ミュートボタン|(ホスト|主催者)[^。！？\n]{0,8}ミュート|挙手|システム音|PCの音/,
    /(?<!(화상|음성|영상) ?)채팅|전체 ?음소거|음소거 ?버튼|(호스트|방장)[^.!?\n]{0,8}음소거|손 ?들기|시스템 ?(소리|오디오)|컴퓨터 소리/,
    /silenciar a todos|bot(ó|o)n de silenciar|levantar la mano|audio del (sistema|equipo)|encuestas?\b/i,
    /mutar todos|silenciar todos|bot(ã|a)o de (mutar|silenciar)|levantar a m(ã|a)o|(á|a)udio do (sistema|computador)/i,
    /\bobrolan|bisukan semua|mute semua|tombol (mute|bisu)|angkat tangan|audio sistem|suara sistem/i,
    /tin nhắn (trong|khi) (cuộc gọi|phòng|họp)|khung chat|tắt tiếng (tất cả|mọi người)|nút (tắt tiếng|mute)|giơ tay/i,
    /âm thanh (hệ thống|máy tính)/i,
    /(?<!วิดีโอ|วีดีโอ|เสียง)แชท|ปิดเสียงทุกคน|ปุ่มปิดเสียง|ปุ่มมิวต์|ยกมือ|เสียงระบบ|เสียงจากเครื่อง/,
    /الدردشة|الشات|(?<![\u0600-\u06ff])شات(?![\u0600-\u06ff])|رسائل (المحادثة|الدردشة)|زر (ال)?كتم/,
    /كتم (الكل|الجميع|المايك|الميكروفون|المشارك)|صوت النظام|رفع اليد/,
    /sohbet (mesaj|pencere|kutusu|bölümü)|mesajlar (gelmiyor|sırasız|karışık)|herkesi sessize|sessize alma|sustur/i,
    /el kaldır|sistem sesi/i,
    /\btchat\b|messagerie (du|de la) (réunion|appel)|coup(e|er|ez|ent) (le micro|le son) (de tous|à tout le monde)/i,
    /tout le monde en muet|lever la main/i,
    /son (du )?système|son de l'ordinateur/i,
    /chatnachricht|alle stumm|stummschalt|hand heben|systemton|systemaudio|umfrage/i,
    /(?<![а-яё])чат(а|е|ом|у|ы)?(?![а-яё])|заглуш(ить|ает|ка)? (всех|участник)/i,
    /кнопк[аи] (mute|заглуш|выключения микрофона)|поднять руку|системн(ый|ого) звук/i,
    /चैट|सबको म्यूट|म्यूट (बटन|ऑल)|हाथ उठा|सिस्टम (ऑडियो|साउंड)/,
    // Messages typed during the call or in the meeting's side panel: the in-call chat.
    /\bmessages? (sent|typed|posted) (during|in) (the )?(call|meeting|sidebar)|\bmeeting sidebar|侧边栏|側邊欄/i,
    /(通话|通話|会议|會議)(里|裡|中)(发|傳|传|打)的(消息|訊息|文字)|(通話中|会議中)に送ったメッセージ|サイドバー/,
    /(통화|회의) 중에 보낸 메시지|사이드바|mensajes enviados durante|panel lateral|mensagens (mandadas|enviadas) durante/i,
    /barra lateral|pesan yang (dikirim|diketik)|panel samping|tin nhắn (gửi|gõ)|ข้อความที่(ส่ง|พิมพ์)/i,
    /الرسائل (المرسلة|اللي)|اللوحة الجانبية|gönderilen mesajlar|yan panel|messages envoyés pendant|panneau latéral/i,
    /nachrichten, die während|seitenleiste|сообщения, отправленные|боковой панели|भेजे गए मैसेज|साइड पैनल/i,
    /(后台|後台|管理画面|backend)[^，。！？\n]{0,12}(静音|靜音|ミュート|\bmute)/i,
    // Breakout and waiting rooms, co-hosting and pushing the stream to a CDN.
    /\bbreakout rooms?|\bwaiting room|\bpk (battle|mode)|\bcdn\b|分组讨论|分組討論|等候室/i,
    /合流|混流|ブレイクアウト|待機室|待合室|소회의실|대기실|브레이크아웃|salas? (de grupos|para grupos)/i,
    /sala de espera|salas? simult(â|a)neas|salas? de grupo|ruang tunggu|ruang (diskusi|breakout)/i,
    /phòng (chờ|thảo luận nhóm)/i,
    /ห้องย่อย|ห้องรอ|الغرف الفرعية|غرفة الانتظار|ara odalar|bekleme odası|salles? de (sous-commission|groupe)/i,
    /salle d'attente|breakout-r(ä|a)um|gruppenr(ä|a)um|warteraum|сессионн[а-яё]{2} зал|зал ожидания/i,
    /комнат[аы] ожидания/i,
    /ब्रेकआउट रूम|वेटिंग रूम/,
    /شارك الشاشة|شارك شاشة|(micro|son) (de|à) tout le monde|mute (other|another|the other) participants?/i,
    // Streams of several hosts mixed into one, relayed to YouTube or another platform, transcoded.
    /\b(mix|merge|combine)(ing)? (the |our |two |both )?(streams|feeds)|\bstream mixing|\brestream/i,
    /\b(youtube|twitch)\b/i,
    /\bfacebook live|\btranscod|混流|合流|合屏|转推|轉推|转码|轉碼|ミキシング|トランスコード|믹싱|재송출|트랜스코딩/i,
    /(mezclar|combinar|juntar|unir) (los |dos )?(streams|flujos|transmisiones)|retransmitir|transcodifica/i,
    /(juntar|mesclar|combinar|misturar) (os |dois )?(streams|fluxos)|mixagem/i,
    /gabung(kan)? (stream|siaran)|(ghép|trộn|gộp) (luồng|stream)|chuyển mã|รวมสตรีม|มิกซ์สตรีม|ทรานส์โค้ด/i,
    /دمج (البث|البثوث|الستريم)|إعادة البث|تحويل الترميز|yayınları birleştir|transkod/i,
    /(mixer|fusionner|combiner) (les |deux )?(flux|streams)|multidiffusion|streams (zusammenführen|mischen)/i,
    /(смешать|объединить|сведение|микширование) (двух |два )?(поток|стрим)|ретрансл|рестрим|транскод/i,
    /स्ट्रीम (मिक्स|मर्ज)|रीस्ट्रीम|ट्रांसकोड/,
    // Everyone's microphone switched off at once by the host.
    /herkesin (mikrofonunu|sesini)[^.!?\n]{0,15}kapat|tüm (katılımcıların |herkesin )?mikrofonlar[ıi]n?[ıi]? kapat/i,
    /hepsini sessize/i,
    /(全员|全體|全体|一键|一鍵|全部)(静音|靜音)|全員の(マイク|音声)を(オフ|切|ミュート)|(모두|전원|전체) (마이크 )?(음소거|끄기)/,
    /(apagar|silenciar|desactivar) (el micr(ó|o)fono|los micr(ó|o)fonos) de todos|mutear a todos/i,
    /(desligar|silenciar) (o microfone|os microfones) de todos|mutar geral/i,
    /matikan (mic|mikrofon) semua|tắt mic (tất cả|mọi người|cả phòng)|ปิดไมค์ทุกคน/i,
    /(كتم|إغلاق|اقفل) (مايك|ميكروفون) الجميع/i,
    /mettre tout le monde en sourdine|couper (les micros|le micro) de (tous|tout le monde)/i,
    /alle (teilnehmer )?(stummschalten|auf stumm)|выключить (микрофон[а-яё]{0,2}|звук) (у )?(всем|всех)/i,
    /सबका (माइक|ऑडियो) (बंद|म्यूट)/,
    // Breakout rooms named as sub-groups or small groups.
    /\bsub-?groups?\b|sous-groupes?|sous-salles?|subgrupos?|untergruppen|kleingruppen|подгрупп|малы[ех] групп/i,
    /alt (grup|oda)|sub-?grup|nhóm nhỏ|กลุ่มย่อย|مجموعات فرعية|غرف فرعية|छोटे (ग्रुप|समूह)|小组讨论|小組討論|分组会议|小部屋|소그룹/i,
    /(다른 )?참가자(를|의)? ?음소거|(其他|别的|別的)?(参会者|参与者|與會者|成員|成员)[^，。！？\n]{0,4}(静音|靜音)|他の参加者を?ミュート/,
    /compartilh[a-z]{0,5} (a |sua |minha )?tela|compart(e|iendo|ió) (la |su |mi )?pantalla/i,
  ],
  av_quality: [
    /卡顿|卡|延迟|延时|模糊|糊|不清楚|不清晰|花屏|马赛克|杂音|噪音|电流声|回声|回音|不同步|声音小|没声音|没有声音|听不到|听不见/,
    /看不到画面|画质|黑屏|冻结|掉帧|断断续续|机器人声|機器人|斷斷續續|破音|爆音|声音很小|聲音很小|声音发闷|聲音悶/,
    /卡頓|延遲|模糊|不清楚|花屏|馬賽克|雜音|噪音|回音|回聲|不同步|聲音小|沒聲音|沒有聲音|聽不到|聽不見|看不到畫面|畫質|凍結|掉幀/,
    /\bstutter|\blag(gy|s|ging)?\b|\blatency\b|\bdelay(ed)?\b|\bblurr?y\b|\bpixelat|\bnoise\b|\bnoisy\b/i,
    /\becho(es|ing)?\b|\bout of sync\b|\bnot in sync\b|\bfreez(e|es|ing)\b|\bfrozen\b|\bchoppy\b|\bcan'?t hear\b/i,
    /\bno (audio|sound|video)\b|\bpoor (quality|picture|video|audio)\b|\bbad (quality|audio|video)\b/i,
    /\bmetallic\b|\bcutting out\b|\bcuts out\b|\bcut(s|ting)? in and out\b|\bblack screen\b|\brobotic\b|\bjitter/i,
    /ロボット|カクカク|カクつ|途切れ|遅延|ずれ|ズレ|エコー|ハウリング|ノイズ|雑音|ぼやけ|画質|音質|音が出ない|聞こえない|映らない|真っ黒|フリーズ/,
    /固ま|映像が乱れ|粗い|荒い/,
    /로봇|끊김|끊겨|버벅|렉|지연|딜레이|싱크|울려|울림|에코|잡음|노이즈|흐리|흐릿|화질|음질|소리가 안|안 들려|검은 화면|화면이 검|멈춰|멈춤|깨져/,
    /rob(ó|o)tic|se pierde el (audio|sonido|video)|pixelad|congel|entrecortad|se traba|retraso|retardo/i,
    /latencia|\beco\b|ruido|borros|mala calidad/i,
    /no se (escucha|oye)/i,
    /sin (audio|sonido|video)|no (está )?sincroniz|desincroniz|desfas|pantalla negra|corte de audio/i,
    /pantalla (se )?(queda|qued(ó|o)|sale|est(á|a)) (en )?negr|tela (fica|ficou) preta|écran (reste|devient) noir/i,
    /se corta el (audio|sonido|video)/i,
    /travand|trava |congela|engasga|picota|atraso|\bdelay\b|latência|\beco\b|chiado|ruído|barulho|borrad|embaçad/i,
    /qualidade ruim|baixa qualidade|sem (áudio|som|vídeo)|não sai som|fora de sincronia|dessincroniz|tela preta/i,
    /patah-patah|putus-putus|\blag\b|ngelag|tertunda|\bgema\b|berisik|bising|buram|kualitas (buruk|jelek)/i,
    /tidak ada suara/i,
    /suara (hilang|tidak keluar)|tidak sinkron|layar(nya)? (jadi )?hitam|macet/i,
    /không khớp|\blệch|giật|trễ|vọng|tiếng rè|tạp âm|bị mờ|hình mờ|nhòe|vỡ hình|chất lượng (kém|tệ)/i,
    /không có tiếng|mất tiếng|không nghe/i,
    /không đồng bộ|lệch tiếng|màn hình đen|đứng hình|(hình|video|màn hình) (bị )?đứng/i,
    /กระตุก|ดีเลย์|หน่วง|ก้อง|เสียงรบกวน|เสียงซ่า|ภาพไม่ชัด|เบลอ|ภาพแตก|คุณภาพ(ไม่ดี|แย่)|ไม่มีเสียง/,
    /เสียงไม่ออก|ไม่ได้ยิน/,
    /ไม่ตรงกัน|ขาดๆ|ขาด ๆ|ขาดหาย|เสียงไม่ตรง|ไม่ซิงค์|จอดำ|ภาพค้าง|แลค/,
    /يقطع|مو واضح|مش واضح|يتقطع|تقطيع|تقطع الصوت|انقطاع الصوت|تأخير|تأخر|صدى|تشويش|ضوضاء|غير واضح|ضبابي/,
    /جودة (سيئة|ضعيفة|منخفضة)|لا يوجد صوت/,
    /لا (صوت|يسمع|نسمع)|عدم (تزامن|التزامن)|غير متزامن|شاشة سوداء|الشاشة سوداء|يتجمد|تجمد|متجمد/,
    /donuyor|donma|takılıyor|takılma|kasıyor|gecikme|gecikiyor|yankı|cızırtı|parazit|gürültü|bulanık|net değil/i,
    /kalite(si)? (düşük|kötü)|ses gelmiyor|ses yok|duyulmuyor|duyamıyor|senkron|siyah ekran|ekran siyah|kesik kesik/i,
    /saccad|latence|décal|grésill|bruit|\bflou|pixelis|mauvaise qualité|pas de son|aucun son|n'entend/i,
    /pas synchro|désynchro|écran noir|figée?s?\b|se figen?t?\b|le son coupe|son coupé/i,
    /\bhallt|blechern|abgehackt|ruckel|stockt|verzöger|latenz|\becho\b|rauschen|knackt|knister|verschwommen/i,
    /unscharf|verpixelt|schlechte qualität/i,
    /kein ton|kein bild|nicht synchron|asynchron|versatz|schwarzer bildschirm|bildschirm (bleibt )?schwarz/i,
    /eingefroren|friert/i,
    /робот|тормоз|(?<![а-яё])лаг(?!ер)|подвиса|зависа|задержк|эхо|шум|помех|треск|размыт|пиксел/i,
    /плохое качество|нет звука/i,
    /не слышн|не слышу/i,
    /рассинхрон|не синхрон|ч[её]рный экран|замира|фриз|заика/i,
    /\brobot|कट-कट|आगे-पीछे|अटक|लैग|देरी|डिले|गूंज|इको|शोर|आवाज़ नहीं|आवाज नहीं|सुनाई नहीं|धुंधल|साफ़ नहीं|साफ नहीं/,
    /मेल नहीं|सिंक नहीं/,
    /काली स्क्रीन|स्क्रीन काली|रुक रुक|फ्रीज़|फ्रीज/,
    // Distorted, muffled or quiet voices, background noise and a low resolution, in every language.
    /\brobot(ic)? (voice|sound)|\bgarbled|\bdistort|\bmuffled|\bcrackl|\bbuzzing|\bhiss(ing)?\b|\bgrainy\b/i,
    /\blow (resolution|frame ?rate|fps|volume)|\bresolution (is |seems |gets )?(stuck|low|drops)|\bfps drops?\b/i,
    /\b(audio|sound|voice|volume) is (too |very )?(quiet|low)|\bbackground noise/i,
    /音が小さい|声が小さい|こもって|音割れ|解像度が(低|下が)|画質が(悪|粗|落ち)|機械的な声|雑音が入/,
    /소리가 작|목소리가 작|음성이 깨|소리가 깨|해상도(가)? (낮|떨어)|기계음|웅웅/,
    /distorsi(ó|o)n|voz rob(ó|o)tica|baja resoluci|se escucha (muy )?bajo|volumen (muy )?bajo|zumbido|ruido de fondo/i,
    /som abafado|voz abafada|baixa resolu(ç|c)|volume (muito )?baixo|som (muito )?baixo|distor(ç|c)|barulho de fundo/i,
    /suara(nya)? (kecil|pecah|robot|kresek)|resolusi(nya)? (rendah|turun)|gambar(nya)? pecah|suara latar/i,
    /tiếng (nhỏ|robot)|giọng (robot|máy)|độ phân giải thấp|hình (bị )?vỡ|tiếng ồn|âm thanh (nhỏ|bị méo|méo)/i,
    /เสียงเบา|เสียงแตก|เสียงหุ่นยนต์|ความละเอียดต่ำ|เสียงอู้|เสียงพื้นหลัง/,
    /صوت (روبوت|آلي|منخفض|واطي|مشوش)|الصوت (واطي|منخفض|مشوش)|دقة (منخفضة|ضعيفة)|الدقة (منخفضة|ضعيفة)|ضجيج/,
    /ses (çok )?(düşük|kısık|boğuk)|robot (gibi|sesi)|çözünürlük (çok )?düşük|arka plan gürültüsü|ses bozuk/i,
    /voix (robotique|métallique)|son étouffé|basse résolution|résolution (faible|basse)|volume (trop )?faible/i,
    /son distordu/i,
    /roboterstimme|hintergrundgeräusch|störgeräusch|verzerrt|dumpf|zu leise|niedrige auflösung/i,
    /auflösung (ist )?niedrig/i,
    /искаж|металлическ|низкое разрешение|тихий звук|звук тихий|хрип|фоновый шум|мутн/i,
    /आवाज़ (धीमी|बहुत कम|टूट)|आवाज (धीमी|बहुत कम|टूट)|रोबोट|रिज़ॉल्यूशन (कम|लो)|रेज़ोल्यूशन/,
    /忽大忽小|忽高忽低|忽有忽无|忽有忽無|音量が不安定|커졌다 ?작아|lúc to lúc nhỏ|bị rè|rè rè|chập chờn/i,
    /hach(é|ée|és|ées)(?![a-z])|son (qui )?hache/i,
    // A whole word: "la connexion échoue" (fails) holds the letters of "écho" but no echo.
    /(?<!\p{L})échos?(?!\p{L})/iu,
    // A camera or microphone that will not start, and written Cantonese for no sound or picture.
    /(摄像头|攝像頭|鏡頭|相机|相機)[^，。！？\n]{0,4}(打不开|打不開|开不了|開不了|无法开启|無法開啟)|麦克风没|麥克風沒|冇聲|冇晒聲/,
    /睇唔到|聽唔到|聽唔清|聲音好細|畫面好矇/,
    /\b(nobody|no one) can hear|\bcan(no|')?t be heard/i,
    /\bcamera (won'?t|doesn'?t|does not|will not) (turn on|start|open|work)|\bcamera (is )?not (working|detected)/i,
    /\b(mic|microphone) (isn'?t|is not|doesn'?t|does not|won'?t) (working|picking up|work|detected)/i,
    /カメラが(起動しな|起動しま|映らな|つかな)|マイクが(使えな|反応しな|認識されな)/,
    /카메라가 (안 켜|켜지지 않|작동하지 않|안 돼)|마이크가 (안 |작동하지|인식)/,
    /la c(á|a)mara no (enciende|abre|funciona|se activa)|el micr(ó|o)fono no (funciona|capta|se detecta)/i,
    /c(â|a)mera n(ã|a)o (abre|liga|funciona)|microfone n(ã|a)o (funciona|capta)/i,
    /kamera (tidak|gak|nggak|ga) (bisa )?(nyala|menyala|kebuka|terbuka|muncul)/i,
    /mic(rofon)? (tidak|gak) (berfungsi|bunyi)/i,
    /camera không (mở|bật|lên|hoạt động)|không (mở|bật) được camera|mic không (nhận|hoạt động)/i,
    /กล้องไม่(ติด|ทำงาน|ขึ้น)|เปิดกล้องไม่ได้|ไมค์ไม่(ทำงาน|มีเสียง)/,
    /الكاميرا (ما|لا) (تشتغل|تفتح|تعمل)|(المايك|الميكروفون) (ما|لا) (يشتغل|يعمل)/,
    /kamera (açılmıyor|çalışmıyor)|mikrofon (çalışmıyor|algılanmıyor)/i,
    /la caméra ne (s'allume|s'ouvre|marche|fonctionne)|micro(phone)? ne (marche|fonctionne)|caméra n'est pas détectée/i,
    /(kamera|mikrofon) (geht nicht|startet nicht|funktioniert nicht|wird nicht erkannt)/i,
    /(камера|микрофон) не (включается|работает|открывается|определяется)/i,
    /कैमरा (नहीं खुल|ऑन नहीं|काम नहीं)|माइक (काम नहीं|नहीं चल)/,
    // The picture that stops or stutters while the sound goes on, in every language.
    /\b(video|picture|image|screen) (keeps )?(stops|stalls|hangs|sticks|gets stuck)/i,
    /\bsound (is fine|keeps going|continues)/i,
    /画面[^，。！？\n]{0,4}(卡住|定住|不动|不動|静止|靜止|停住)|定格|画面[^，。！？\n]{0,4}卡|畫面[^，。！？\n]{0,4}卡|声音(正常|还在)|聲音(正常|還在)/,
    /(映像|画面)が(止ま|固ま|動かな|カクカク)|音(声)?は(普通|正常|聞こえ|出て)/,
    /멈췄|멈추|얼어|얼음|굳어|정지(돼|되|해)|뚝뚝 끊|소리는 (잘|계속|정상)/,
    /(imagen|video|pantalla) se (queda|para|detiene|traba)|se queda pegad|el (audio|sonido) (sigue|va bien|está bien)/i,
    /(imagem|v(í|i)deo|tela) (para|fica parad|fica congelad|trava)|(o )?(á|a)udio (continua|segue|está normal)/i,
    /(video|gambar|layar)(nya)? (beku|berhenti|diam|nge-?freeze|freeze|tersendat)/i,
    /suara(nya)? (tetap|masih) (jalan|normal|ada)/i,
    /hình (bị )?(đơ|khựng|dừng)|(video|hình) (bị )?(đơ|khựng)|đơ hình|tiếng vẫn (bình thường|chạy|nghe)/i,
    /ภาพ(นิ่ง|หยุด|ค้าง|กระตุก)|วิดีโอ(ค้าง|หยุด|นิ่ง)|เสียง(ยัง)?(ปกติ|มาปกติ|ได้ยินปกติ)/,
    /الصورة (تتجمد|تتوقف|توقف|واقفة|تعلق|ثابتة|متجمدة)|الفيديو (يتوقف|يعلق|يوقف|واقف)|الصوت (شغال|طبيعي|مستمر)/,
    /görüntü (duruyor|takılıyor|donuyor|kalıyor)|ses (normal|geliyor|devam)/i,
    /(image|vidéo) (se bloque|bloquée|gelée|reste bloquée|s'arrête)|le son (continue|passe|est normal)/i,
    /bild (bleibt stehen|hängt|steht|stockt)|(ton|audio) (läuft weiter|ist normal|geht weiter)/i,
    /(картинка|изображение|видео) (застыва|замира|встаёт|встает|зависа|стоп)|застыва|звук (ид[её]т|нормальн|есть)/i,
    /(वीडियो|तस्वीर|स्क्रीन) (रुक|जम|अटक)|आवाज़? (ठीक|आती रहती|चलती रहती)/,
    // The other side hearing their own voice back: echo without the word.
    /\bhear(s|ing)? (themselves|himself|herself|myself|their own|my own|his own|her own)|\bown voice/i,
    /(听到|聽到|听见|聽見)[^，。！？\n]{0,4}自己的声音|自己的(声音|聲音)[^，。！？\n]{0,6}(回来|回來|传回|傳回|重复|重複)/,
    /自分の声が(聞こえ|返って|戻って)|声が返ってく/,
    /(자기|제|내|본인) 목소리가? (다시 |되돌아 ?)?(들|와|나)/,
    /(escucha|oye|escuchan|oyen) su (propia )?voz|se (escucha|oye|escuchan|oyen) a s(í|i) mism/i,
    /(ouve|escuta|ouvem|escutam) a (pr(ó|o)pria|sua) voz|se (ouve|escuta|ouvem|escutam) de volta/i,
    /(mendengar|dengar|denger) suara(nya)? sendiri|suara (sendiri|saya) balik/i,
    /nghe (lại|thấy) giọng (của )?(chính )?(mình|họ)|nghe lại tiếng (của )?(chính )?mình/i,
    /ได้ยินเสียง(ของ)?ตัวเอง|เสียงตัวเอง(ย้อน|สะท้อน)?กลับ/,
    /يسمع (صوته|كلامه|نفسه)|يسمعون (أصواتهم|أنفسهم|كلامهم)|(صوتي|صوته|كلامه|كلامي) يرجع|يرجع (له|لي|لهم) (صوت|كلام)/,
    /kendi sesini (duyuyor|geri)|sesi(m|ni)? geri (geliyor|dönüyor|duyuyor)/i,
    /entend(ent)? (sa|leur) propre voix|s'entend(ent)? (lui-même|eux-mêmes|en écho|en retour)/i,
    /hör(t|en) (sich selbst|ihre eigene|seine eigene|die eigene)|eigene stimme/i,
    /слыш(ит|ат|у|им) (себя|сво[йюеи] голос)|собственный голос/i,
    /अपनी (ही )?(आवाज़|आवाज) (वापस|दोबारा|फिर से)/,
    // Hissing, humming and static behind the voice.
    /嘶嘶|沙沙声|沙沙聲|滋滋|嗡嗡|底噪|背景音|サーッ|ジー(ジー)?という|ブーン|지지직|치직|쉬익|siseo|chisporrote/i,
    /\b(static|humming)\b|desis|dengung|tiếng xè|tiếng ù|เสียงฟู่|เสียงหึ่ง|هسهسة|وشوشة|طنين|خشخشة|hışırtı|uğultu/i,
    /bourdonnement|\bsouffle\b|brumm|zisch|шипени|шипит|гудит|гудение|सरसराहट|भनभनाहट|खरखराहट|सनसनाहट/i,
    // Poor picture or sound named with the medium between.
    /\b(video|audio|picture|image|sound|call) quality (is |was )?(really |very |so )?(bad|terrible|awful|poor)/i,
    /(画质|画面|音质|质量|品质|畫質|畫面|音質|品質)(很|非常|太|超)?(差|烂|爛)|(映像|画像|音声)?品質が(悪|低)/,
    /(화질|음질|품질)(이)? (너무 |진짜 |많이 )?(안 ?좋|나빠|나쁘|구려|떨어)/,
    /calidad (del |de la )?(video|audio|imagen|llamada|sonido)? ?(es |está )?(muy )?(mala|p(é|e)sima|horrible)/i,
    /qualidade (do |da )?(v(í|i)deo|(á|a)udio|imagem|chamada|som)? ?(est(á|a) |t(á|a) )?(muito )?(ruim|p(é|e)ssima)/i,
    /kualitas (video|suara|gambar|panggilan)(nya)? (sangat |sangat )?(buruk|jelek|parah)/i,
    /chất lượng (video|hình|âm thanh|hình ảnh|cuộc gọi) (rất |quá )?(kém|tệ)/i,
    /คุณภาพ(วิดีโอ|เสียง|ภาพ|การโทร)(ไม่ดี|แย่|ต่ำ)/,
    /جودة (الفيديو|الصوت|الصورة|البث|المكالمة) (سيئة|ضعيفة|رديئة|منخفضة|زفت)|مشوش|متقطع|مهزوز/,
    /(görüntü|ses|video|yayın) kalitesi (çok )?(kötü|düşük|berbat)/i,
    /qualit(é|e) (vid(é|e)o|audio|d'image|du son|de l'appel) (est )?(tr(è|e)s )?(mauvaise|m(é|e)diocre|horrible)/i,
    /(bild|ton|video|audio|anruf)qualit(ä|a)t (ist )?(sehr )?(schlecht|mies|grottig)/i,
    /качество (видео|звука|картинки|изображения|связи) (очень )?(плохое|ужасное|отвратительное)/i,
    /(वीडियो|आवाज़|आवाज|ऑडियो|कॉल) (की )?(क्वालिटी|गुणवत्ता) (बहुत )?(खराब|ख़राब|बेकार)/,
    // Sound and picture drifting apart.
    /\bdrift(s|ing)? (apart|out of sync)|音画不同步|声画不同步|音视频不同步|音畫不同步|聲畫不同步|音ズレ|어긋나/i,
    /(audio|sonido) (va )?(adelantado|atrasado|por detr(á|a)s)|(á|a)udio (adiantado|atrasado)|descompass/i,
    /(nggak|gak|ga) sinkron|suara (telat|duluan)|ภาพกับเสียงไม่ตรง|เสียงช้ากว่าภาพ|(مو|ما|غير) متزامن/i,
    /الصوت (متأخر|قبل الصورة)/i,
    /kayıyor|geride kalıyor|en retard sur (l'image|le son)|auseinander(laufen|driften)|hinkt hinterher/i,
    /разъезжа|расход(ятся|ится)|отста(ёт|ет) от (видео|звука|картинки)|आगे-पीछे/i,
    // One-way sound: I hear them, they do not hear me.
    /\bthey (can'?t|cannot|don'?t) hear me|\bcan'?t hear (me|us)\b|对方听不到我|對方聽不到我|こちらの声が(届|聞こえ)/i,
    /(제 ?목소리|제 소리|내 목소리)를? 못 들|(ellos|ellas) a m(í|i) no|(no me|no nos) (escuchan|oyen)/i,
    /(n(ã|a)o me|n(ã|a)o nos) (escutam|ouvem)|(tidak|gak|nggak) (bisa )?(dengar|mendengar) saya|không nghe được mình/i,
    /ไม่ได้ยินเรา|ไม่ได้ยินเสียงเรา|ما يسمعوني|ما يسمعونا|لا يسمعونني|beni duymuyor|bizi duymuyor/i,
    /ne m'entend(ent)? pas/i,
    /h(ö|o)ren mich nicht|h(ö|o)ren uns nicht|меня не слыш|нас не слыш|они меня нет|मुझे नहीं सुन|हमें नहीं सुन/i,
    // A voice as if under water, green blocks and smears, keyboard noise that is not removed.
    /\bunder ?water\b|像在水里|像在水裡|水の中|물속|bajo el agua|debaixo d'(á|a)gua|dalam air|dưới nước|ใต้น้ำ|تحت الماء/i,
    /su altında|sous l'eau|unter wasser|под водой|पानी के अंदर|\bgreen (blocks?|screen|frames?|tint)|绿块|綠塊|绿屏|綠屏/i,
    /\bartifacts?\b|verwaschen|grobkörnig|artefakt|keyboard (noise|sound)|键盘声|鍵盤聲|キーボードの音|키보드 소리/i,
    /(声|音声|映像|音)が[^。！？\n]{0,12}遅れ(て|る)|遅れて(届|聞こえ)/,
    /\b(dhundhla|dhundla|dhundli)\b|\batak (jaata|jata|jaati|jati|raha|rahi)/i,
    /\b(awaaz|aawaz|awaz) (kat|toot|tut|gunj|nahi)/i,
    /\b(video|picture) (atak|ruk) (jaata|jata|jaati|raha|rahi)|\bgoonj|\b(echo|lag) (aa|ho) (raha|rahi)/i,
    // A picture breaking into blocks or smeared like soap, as people describe it without "pixelated".
    /\b(mushy|blocky)\b|\b(turns|breaks) into (big )?(blocks|squares)|quadriculad|cuadriculad|мыльн|квадратами/i,
    /kotak-kotak|vỡ hình|ภาพแตก|مربعات|kare kare|bloklara|en blocs|klötzchen|ブロックノイズ|깍두기|픽셀이 깨/i,
    // A voice like from a tin can.
    /\btin ?can\b|\btinny\b|teneke|voz de lata|boîte de conserve|из бочки|жестян|suara kaleng|像在罐子|缶の中|깡통/i,
    // Sound and picture apart, as a mouth moving out of step with the voice.
    /(嘴型|口型)[^，。！？\n]{0,6}(慢|快|对不上|對不上)|(audio|sonido|voz) va por delante|por delante del v(í|i)deo/i,
    /रुक-रुक|अटक-अटक|टूट-टूट/,
    /noise (suppression|cancell?ation)|降噪|ノイズキャンセ|소음 ?제거|rauschunterdrück|шумоподавл|नॉइज़ कैंसलेशन|कीबोर्ड की आवाज़/i,
  ],
};

/**
 * Words for being thrown out that customers use of an app going down and of a call dropping them alike ("เด้งออก",
 * "튕겨", "落ちて"): beside a failed join they are the join failing, not a crash.
 */
export const THROWN_OUT = /^(เด้งออก|튕겨|튕김|튕기|落ちてしま)$/;

/**
 * Two hosts live together (co-streaming, a second host brought on air). Said of a call in which sound stutters it is
 * only where the fault happens ("连麦的时候声音卡"); asked about ("how do I set up a joint stream") it is the feature.
 */
export const CO_STREAMING_WORDS: RegExp[] = [
  /\bco-?stream|\bjoint (live|stream|broadcast)|\b(second|guest) host\b|连麦|連麥|合同配信|共同配信|コラボ配信|합방/i,
  /공동 ?방송|transmisi(ó|o)n conjunta|co-?transmisi|(live|transmiss(ã|a)o) conjunta|live bareng|siaran bersama/i,
  /(livestream|phát trực tiếp|live) chung|ไลฟ์(คู่|ร่วม)|بث مشترك|ortak yayın|(live|diffusion) commune|co-?diffusion/i,
  /gemeinsame[nr]? (stream|übertragung|livestream)|совместн[а-яё]{2,3} (эфир|трансляц|стрим)|втор[а-яё]{2,3} ведущ/i,
  /जॉइंट लाइव|साथ में लाइव/,
];

/**
 * A question asking how to do something or whether it can be done: beside a feature's name it asks about that
 * feature, whatever symptom it mentions; with no fault word and nothing the examples place, it is a feature question.
 */
export const HOW_TO: RegExp[] = [
  /\bhow (do|can|could|should) (i|we|you)\b|\bis there (a|any) way\b|\bis it possible to\b/i,
  /(怎么|怎麼|如何)(设置|設定|設置|实现|實現|配置|开启|開啟|做|弄)|有没有(办法|方法)|有沒有(辦法|方法)/,
  /方法(って|は)?(あります|ある)|どうやって|どうすれば|設定方法|(できます|可能です)か/,
  /방법(이)? ?(있|없)|어떻게 (하|설정)|설정하는 (법|방법)|가능한가요|할 수 있나요/,
  /c(ó|o)mo (puedo|podemos|hago|se hace|configur)|hay (alguna )?(forma|manera) de|¿se puede/i,
  /como (fa(ç|c)o|posso|podemos|configur)|tem (como|jeito) de|existe (alguma )?forma|(é|e) poss(í|i)vel/i,
  /bagaimana cara|gimana cara|caranya|apakah bisa|ada cara/i,
  /làm (sao|thế nào) để|cách nào để|có cách nào/i,
  /ทำยังไง|ทำอย่างไร|วิธี(ตั้งค่า|ทำ)|มีวิธี|ได้ไหม|ได้มั้ย/,
  /كيف (أ|ن|ي)?(قدر|ضبط|فعل|عمل|سوي)|هل (يمكن|في طريقة|توجد طريقة|فيه طريقة)/,
  /nasıl (yapabilir|yapılır|ayarla|yaparım)|bir yolu var mı|mümkün mü|yapılabilir mi/i,
  /comment (faire|on fait|puis-je|peut-on|configurer|activer)|est-ce qu'on peut|y a-t-il (un )?moyen|peut-on\b/i,
  /wie (kann|können) (ich|man|wir)|gibt es (eine )?möglichkeit|ist es möglich|wie richte/i,
  /как (настроить|сделать|включить|можно)|можно ли|есть ли (способ|возможность)/i,
  /कैसे (करें|करूं|सेट)|क्या कोई तरीका|\bkaise (kare|karein|set)/i,
];

const ACCOUNT =
  'console|dashboard|password|控制台|管理后台|密码|密碼|コンソール|管理画面|パスワード|콘솔|대시보드|비밀번호|consola|' +
  'contraseña|painel|senha|kata sandi|dasbor|mật khẩu|คอนโซล|รหัสผ่าน|لوحة التحكم|كلمة المرور|konsol|şifre|parola|' +
  'mot de passe|konsole|passwort|kennwort|консол|пароль|личн[а-яё]{2} кабинет|कंसोल|पासवर्ड|डैशबोर्ड';
const LOGIN =
  '\\blog ?in|\\bsign ?in|\\blocked out|登录|登入|ログイン|로그인|iniciar sesi|acceder|entrar|acessar|masuk|' +
  'đăng nhập|เข้าสู่ระบบ|تسجيل الدخول|giriş|connecter|accéder|anmelden|einloggen|войти|зайти|вход|लॉगिन';
const DOCS =
  'documentation|\\bdocs?\\b|\\bdoku|documenta(ç|c)(ã|a)o|documentaci(ó|o)n|dokumentasi|tài liệu|文档|文檔|api ?文件|' +
  'ドキュメント|문서|документаци|डॉक्यूमेंटेशन|เอกสาร|التوثيق|الوثائق|dokümantasyon';
const WHERE =
  '\\bwhere\\b|\\bwo (finde|gibt)|\\boù\\b|\\bonde\\b|d(ó|o)nde|di mana|ở đâu|哪里|哪裡|在哪|どこ|어디|где|कहाँ|' +
  'ที่ไหน|أين|وين|nerede';
const ADMIN =
  '\\badmin|管理员|管理員|管理者|관리자|administrador|quản trị|ผู้ดูแล|مشرف|yönetici|administrateur|administrator|' +
  'администратор|एडमिन';
const RESET =
  '\\breset|重置|重設|再設定|リセット|재설정|초기화|restablecer|redefinir|atur ulang|đặt lại|รีเซ็ต|إعادة تعيين|' +
  'sıfırla|réinitialis|zurücksetzen|сброс|रीसेट';
/**
 * Questions about the account, the bill and the documentation, which name a product word without a fault in it: "can't
 * log in to the console" is not a dropped call, "is there documentation for the recording API" is not a recording
 * fault, "the invoice counts more recording minutes than we used" is a billing question.
 */
export const ACCOUNT_WORDS: RegExp[] = [
  new RegExp(`(${ACCOUNT})[^.!?。！？\\n]{0,30}(${LOGIN})|(${LOGIN})[^.!?。！？\\n]{0,30}(${ACCOUNT})`, 'i'),
  /\b(docs|documentation) (for|on|about)\b|\bis there (any )?(documentation|a doc)/i,
  /documenta(ç|c)(ã|a)o (em \S+ )?(para|sobre)/i,
  /documentaci(ó|o)n (en \S+ )?(para|sobre|de)|documentation (en \S+ )?(pour|sur)|dokumentation (zu|für|über)/i,
  /документаци[яюи] (по|для|о)|dokumentasi (untuk|tentang)|tài liệu (hướng dẫn|về)|dokümantasyon/i,
  /有没有[^，。！？\n]{0,10}文档|文档在哪|有[^，。！？\n]{0,6}文[档檔]吗|有沒有[^，。！？\n]{0,10}文件|ドキュメントはありますか/,
  /문서(가)? 있나요|문서는 어디/,
  // Invoices, bills and prices: a question about money names minutes or recordings without a fault in them.
  /\binvoices?\b|\bbilling\b|\bpricing\b|发票|账单|發票|帳單|請求書|料金|インボイス|세금계산서|청구서|요금|factura|nota fiscal/i,
  /\bfaturas?\b|cobran(ç|c)a|tagihan|faktur|hóa đơn|hoá đơn|ใบแจ้งหนี้|ใบกำกับภาษี|فاتورة|الفاتورة|facture|\brechnung/i,
  // Asking a price, not naming one: "for the price we pay" is a complaint.
  /\bhow much (does|is|do|will)\b|\bcosts? per\b|\bpricing\b|多少钱|多少錢|怎么收费|怎麼收費|いくらですか|얼마인가요|가격이 얼마/i,
  /cu(á|a)nto cuesta|quanto custa|berapa harga|giá bao nhiêu|bảng giá|ราคาเท่า|كم (سعر|يكلف|تكلفة)|fiyatı ne kadar/i,
  /fiyatlandırma|combien co(û|u)te|wie ?viel kostet|was kostet|сколько стоит|कितने का|कीमत क्या/i,
  /\bharga\b[^.!?\n]{0,60}\bberapa\b|\bprice (per|for) (minute|1000|a thousand)|precio (por|del) minuto/i,
  /pre(ç|c)o (por|do) minuto|giá (mỗi|một) phút|prix (par|à la) minute|preis pro minute/i,
  /цена за минуту|dakika (başı|ücreti)/i,
  // Where the documentation is, a password reset, a second admin, personal data, a double charge, a trial ended.
  new RegExp(`(${DOCS})[^.!?。！？\\n]{0,40}(${WHERE})|(${WHERE})[^.!?。！？\\n]{0,40}(${DOCS})`, 'i'),
  new RegExp(`(${ACCOUNT})[^.!?。！？\\n]{0,30}(${ADMIN}|${RESET})`, 'i'),
  new RegExp(`(${ADMIN}|${RESET})[^.!?。！？\\n]{0,30}(${ACCOUNT})`, 'i'),
  /\b(gdpr|dsgvo|rgpd|lgpd|kvkk)\b|\bprivacy (rules|law|request)|隐私|隱私|個人情報|개인정보|datos personales/i,
  // A forgotten password, a request to delete a user's data or to respect privacy rules: account questions.
  /\bforgot (my |the |our )?password|忘记密码|忘記密碼|パスワードを忘れ|비밀번호를? (잊|까먹)|olvid[ée] (la |mi )?contraseña/i,
  /esqueci (a |minha )?senha|lupa (kata sandi|password)|quên mật khẩu|ลืมรหัสผ่าน|نسيت كلمة (ال)?مرور|şifremi unuttum/i,
  /mot de passe oublié|oublié (mon|le) mot de passe|passwort vergessen|забыл[аи]? пароль|पासवर्ड भूल/i,
  /\bdelete (all )?(the )?(user'?s? |their )?data\b|删除[^，。！？\n]{0,6}数据|刪除[^，。！？\n]{0,6}資料|データ(を)?削除/i,
  /데이터(를)? 삭제|(borrar|eliminar) (los |todos los )?datos|apagar (os |todos os )?dados|hapus (semua )?data/i,
  /xóa (toàn bộ |hết )?dữ liệu|ลบข้อมูล|حذف (جميع |كل )?(ال)?بيانات|verileri(ni)? sil/i,
  /supprimer (les |toutes les )?données/i,
  /daten löschen|удалить (все )?данные|डेटा (डिलीट|हटा)|privasi|privacidad|privacidade|quyền riêng tư|gizlilik/i,
  /confidentialité|datenschutz|конфиденциальн|गोपनीयता|प्राइवेसी|ความเป็นส่วนตัว/i,
  /dados pessoais|data pribadi|dữ liệu cá nhân|ข้อมูลส่วนบุคคล|الخصوصية|personenbezogen|персональн[а-яё]{2} данн/i,
  /\b(charged|billed) twice|\bdouble(-| )charged|二重(に)?請求|重复扣费|重複扣款|扣了两次|扣了兩次|cobra(ron|do) dos veces/i,
  /cobrad[oa]s? duas vezes|ditagih dua kali|trừ tiền hai lần|ตัดเงินซ้ำ|(خصم|انخصم)[^.!?\n]{0,20}مرتين/i,
  /iki kez (ücret|çekildi)|débité deux fois|doppelt (abgebucht|berechnet)|списали дважды|दो बार (पैसे|चार्ज)/i,
  /\b(free )?trial (has |period )?(expired|ended|is over)|(试用期|試用期)[^，。！？\n]{0,3}(到期|结束|結束|过了|過了)/i,
  /トライアル(期間)?が(終了|切れ)|(무료 체험|체험판)[^.!?\n]{0,6}(끝|만료)|per(í|i)odo de prueba (termin|venci|acab|expir)/i,
  /per(í|i)odo de teste (acabou|expirou|terminou)|masa (uji coba|trial) (sudah )?(habis|berakhir)|dùng thử (đã )?hết/i,
  /ทดลองใช้(หมด|ครบ)|(انتهت|خلصت) الفترة التجريبية|الفترة التجريبية (انتهت|خلصت)|deneme süresi (doldu|bitti)/i,
  /période d'essai (est )?(terminée|expirée|finie)|testphase (ist )?(gestern |heute )?(abgelaufen|vorbei|beendet)/i,
  /пробный период (закончился|истёк|истек)|ट्रायल (खत्म|ख़त्म|एक्सपायर)/i,
  /сч[её]т-фактур|сч[её]т на оплату|инвойс|закрывающие документы|इनवॉइस|इनवॉयस/i,
  // A quote asked for (a renewal's, a volume's): a commercial question, whatever product words it names.
  /\b(send|need|get|request|want)( us| me)? (a|the|your) ([a-z]+ )?quote\b|\bquotation\b|报价|報價|見積(もり|書)|견적/i,
  /cotizaci(ó|o)n|or(ç|c)amento|penawaran( harga)?\b|báo giá|ใบเสนอราคา|عرض (سعر|أسعار)|fiyat teklifi|\bdevis\b/i,
  /\bangebot (für|über)|das angebot und|коммерческ[а-яё]{2} предложени|कोटेशन/i,
  // An account frozen or suspended, a quota to raise: questions about the account, not faults.
  /\baccount (is |was |got |has been )?(suspended|frozen|locked|blocked|disabled|banned)/i,
  /\b(raise|increase) (our |the )?quota/i,
  /(账号|账户|帳號|帳戶)[^，。！？\n]{0,4}(冻结|凍結|封|停用|锁定|鎖定)|アカウント(が)?(停止|凍結|ロック)|계정(이)? (정지|잠|차단)/,
  /cuenta (suspendida|bloqueada|congelada)|conta (suspensa|bloqueada|congelada)/i,
  /akun (kami )?(diblokir|ditangguhkan|dibekukan)/i,
  /tài khoản (bị )?(khóa|khoá|đình chỉ|đóng băng)|บัญชี(ถูก)?(ระงับ|ล็อก|แบน)|الحساب (موقوف|مجمد|معلق|محظور)/i,
  /hesab[ıi]m[ıi]?z? (askıya|kilitlendi|donduruldu)|compte (suspendu|bloqué|gelé)|konto (gesperrt|eingefroren)/i,
  /(аккаунт|уч[её]тн[а-яё]{2} запис[ьи]) (заблокирован|заморожен|приостановлен)|(अकाउंट|खाता) (ब्लॉक|सस्पेंड|फ्रीज़)/i,
  /(提高|增加|调整|調整|提升)[^，。！？\n]{0,6}(配额|配額|并发上限|並發上限)|クォータ(を|の)?(引き上げ|増)|쿼터 ?(증가|상향|늘)/,
  /aumentar (la |nuestra )?cuota|aumentar (a |nossa )?cota|(naikkan|tambah) kuota|tăng hạn mức|เพิ่มโควต้า/i,
  /kota(mızı|yı)? (artır|yükselt)|augmenter (notre |le )?quota|(kontingent|quota) (erhöhen|aufstocken)/i,
  /увелич[а-яё]{1,4} квот|कोटा बढ़ा/i,
  // A migration guide or outdated documentation asked about: a question about the docs, not a fault.
  /\bmigration guide|\b(docs?|documentation|guide) (is |are )?(outdated|out of date|up to date)/i,
  /\bup-to-date (docs?|guide)/i,
  /(迁移|遷移|升级|升級)(指南|文档|文檔|教程)|文档(过时|過時|过期|没更新|沒更新)|文檔(過時|沒更新)|移行ガイド|ドキュメントが古/,
  /마이그레이션 ?가이드|(문서|가이드)(가)? (오래|업데이트가 안)/,
  /gu(í|i)a de migraci|documentaci(ó|o)n (desactualizada|actualizada)|guia de migra(ç|c)/i,
  /documenta(ç|c)(ã|a)o desatualizada/i,
  /panduan migrasi|dokumentasi (terbaru|usang|lama)|hướng dẫn (chuyển đổi|nâng cấp|migrate)|tài liệu (cũ|mới nhất)/i,
  /คู่มือ(การ)?(ย้าย|อัปเกรด)|เอกสาร(เก่า|ล่าสุด|ไม่อัปเดต)|دليل (الترحيل|الانتقال|الترقية)/i,
  /(التوثيق|الوثائق) (قديم|محدث)/i,
  /geçiş (kılavuzu|rehberi)|dokümantasyon (eski|güncel)|guide de migration|\bdoc(umentation)? (à jour|obsolète)/i,
  /migrationsleitfaden|migrationsanleitung|\bdoku(mentation)? (ist )?(veraltet|aktuell)/i,
  /(гайд|руководство) по (миграции|переходу)|документация (устарела|устаревшая|актуальная)|माइग्रेशन गाइड/i,
];

/**
 * A problem on one kind of device or system: a word for "only" next to a device, a brand or a system, within one
 * sentence (sixty characters either way), in any of the languages; or words that say so outright.
 */
const ONLY =
  '只有|仅在|仅|只在|唯独|僅|只會|只会|だけ|のみ|에서만|만 그|\\bonly\\b|\\bjust on\\b|solo|sólo|solamente|únicamente|' +
  'apenas|somente|só (no|na|em|com|acontece)|hanya|cuma|chỉ|เฉพาะ|เท่านั้น|فقط|بس على|بس ' +
  'في|sadece|yalnızca|seulement|uniquement|\\bque sur\\b|\\bnur\\b|' +
  'только|सिर्फ़|सिर्फ|केवल';
const DEVICE =
  'iphone|ipad|android|\\bios\\b|harmony|鸿蒙|鴻蒙|huawei|华为|華為|xiaomi|小米|redmi|红米|紅米|samsung|三星|galaxy|갤럭시|' +
  '\\bpixel(?:\\b|\\d)|oppo|(?<!\\b(?:en|ao|al|em|de|no) )\\bvivo\\b|' +
  'motorola|moto g|honor|荣耀|榮耀|realme|motorola|oneplus|一加|windows|macos|mac\\b|机型|機型|型号|型號|端末|機種|기기|' +
  '기종|폰|아이폰|아이패드|안드로이드|dispositivo|aparelho|celular|perangkat|\\bhp\\b|máy|เครื่อง|جهاز|أجهزة|cihaz|' +
  'appareil|téléphone|gerät|устройств|телефон|डिवाइस|फ़ोन|फोन|ipados|tablet|平板|タブレット|태블릿|macbook|chromebook|' +
  'linux|safari|firefox|chrome|microsoft edge|хром|яндекс|браузер|сафари|' +
  'reno|xperia|nokia|lenovo|tecno|infinix|\\bpoco ?[xfmc]\\d|asus|sony|\\blg\\b|' +
  'coloros|miui|hyperos|\\b(sequoia|sonoma|ventura|monterey|big sur)\\b|\\bone ?ui\\b|' +
  'emui|oxygenos|funtouch|mate ?\\d|nova ?\\d|\\bp\\d0\\b|\\bsm-[a-z]\\d|' +
  'other phones|其他手机|其他手機|他の端末|다른 (폰|기기)|' +
  'هواوي|سامسونج|شاومي|آيفون|ايفون|كروم|ซัมซุง|ไอโฟน|หัวเว่ย|เสียวหมี่|самсунг|хуавей|сяоми|айфон|सैमसंग|आईफोन|' +
  'शाओमी|크롬|사파리|クローム|サファリ|火狐|谷歌浏览器';
const GAP = '(?:[^.!?。！？\\n]|\\.(?=\\d)){0,60}';
/**
 * Words that say another device or version is fine ("17.3 is fine", "其他机型正常", "en Windows 11 funciona perfecto"):
 * next to a device or system they make the problem one of that device or version. Only positive forms: "无法正常",
 * "no funciona", "не работает нормально" are complaints, not contrasts.
 */
const FINE =
  '\\bworks? (fine|normally|perfectly)|\\b(is|are) fine\\b|\\bno (issues?|problems?)\\b|(?<!无法|不能|不|無法)正常|沒問題|没问题|' +
  '問題(は)?ありません|問題なし|正常です|正常に動作しています|정상입니다|정상이에요|정상이고|정상 작동|괜찮아요|괜찮습니다|문제없|' +
  '(?<!no )funciona (bien|perfecto|perfectamente|normal)|(?<!no )funcionan bien|sem problema|(?<!não ' +
  ')funciona (normal|perfeitamente|bem)|' +
  '(lain|lainnya) normal|(gak|tidak|nggak|ga) ada masalah|khác (đều )?(bình thường|ok)|เครื่องอื่นปกติ|ปกติดี|تمام|' +
  '(?<!لا )تعمل بشكل طبيعي|\\btamam\\b|sorun yok|düzel|klappt|(?<!nicht )funktioniert ' +
  '(einwandfrei|problemlos|normal)|' +
  'kein problem|aucun (souci|problème)|(?<!ne )fonctionne (bien|normalement)|вс[её] (работает|нормально)|' +
  '(?<!не )работает нормально|вс[её] (ок|норм)|ठीक (है|हैं|चल)|\\bok\\b|' +
  // "It does not happen there" is the same contrast, said of the problem rather than of the device.
  "\\b(devices|phones|models) (are |work )?(fine|ok)\\b|\\b(doesn't|does not|don't|do not|never) happen|" +
  '\\bunaffected\\b|\\bnot affected\\b|没事|沒事|冇事|冇問題|' +
  '不会出现|不會出現|没有这个问题|沒有這個問題|没这个问题|沒這個問題|没这问题|没有问题|沒有問題|都好好的|起きません|発生しません|起きない|発生しない|大丈夫|' +
  '(?<!(nothing|never) )works (on|in)\\b|(?<!no )funciona en|(?<!não )funciona (no|na)\\b|(?<!ne )marche sur|' +
  '(?<!nicht )funktioniert (auf|unter|mit)|(?<!не )работает на|발생하지 않|안 생기|이상 없|멀쩡|no (pasa|ocurre|sucede)|' +
  'sin problemas|não (acontece|ocorre)|tidak terjadi|' +
  '(gak|nggak|ga) terjadi|(?<!(tidak|gak|nggak|kurang) )lancar|không sao|không gặp (lỗi|vấn đề)|ไม่เป็น(อะไร|ปัญหา)|' +
  'ไม่มีปัญหา|(?<!ไม่)ปกติ(ดี|นะ|ครับ|ค่ะ)|' +
  'ใช้ได้ปกติ|ทำงานปกติ|ما في مشكلة|' +
  'لا توجد مشكلة|لا يحدث|بدون مشاكل|yaşanmıyor|sorunsuz|problem yok|ne se produit pas|pas de (souci|' +
  'problème)|' +
  'marche (bien|nickel)|passiert nicht|tritt nicht auf|läuft (einwandfrei|problemlos|normal)|не происходит|' +
  'не воспроизводится|проблем нет|без проблем|नहीं होता|कोई (दिक्कत|समस्या) नहीं';
/** Systems named with a version: "since iOS 17.2", "after the Android 14 update" tie the problem to that system. */
const OS_VERSION =
  '(?:(?:ios|ipados|android|harmonyos|鸿蒙|鴻蒙|macos|windows|chrome|안드로이드|アンドロイド|安卓|андроид|' +
  'أندرويد|اندرويد|एंड्रॉइड|แอนดรอยด์) ?\\d+(?:\\.\\d+)*|' +
  '(?:macos )?\\b(?:sequoia|sonoma|ventura)\\b)';
const UPDATE =
  'updat|upgrad|since|升级|升級|更新|自从|自從|アップデート|以降|にしてから|업데이트|이후|actualiz|desde|atualiz|' +
  'perbarui|sejak|a partir d|' +
  'cập nhật|nâng cấp|từ khi|อัปเดต|อัพเดท|ตั้งแต่|تحديث|منذ|güncelle|beri|mise à jour|depuis|' +
  'aktualisier|seit|обновлени|обновил|अपडेट';
/**
 * "After Android 14", "iOS 18.1 之后", "macOS Sequoia'ya geçtikten sonra": the words for "after" right next to a
 * system with its version tie the problem to that version as "since" does. A few words apart, or with a number
 * between ("after 5 minutes on iOS 17"), they speak of time, not of the system.
 */
const AFTER_BEFORE =
  '\\bafter|\\bpost-|depois d[oa]|ap(ó|o)s( [oa])?|nach (dem|der)|sau khi|หลัง(จาก)?|بعد|apr(è|e)s|после|' +
  'setelah|sesudah|\\btras\\b|luego de|desde';
const AFTER_AFTER =
  "之后|之後|以后|以後|以降|이후|के बाद|वाले|वाली|sonra|'?[a-zçğıöşü]{0,3} (geçtikten|yükselttikten)|に(して|上げて|更新して)から";
const AFTER_VERSION = new RegExp(
  `(${AFTER_BEFORE})[^.!?。！？\\n\\d]{0,8}${OS_VERSION}|${OS_VERSION}[^.!?。！？\\n\\d]{0,3}(${AFTER_AFTER})`,
  'i',
);
/**
 * A framework or engine with its version ("React Native 0.74", "Unity 2022.3'e geçtikten sonra", "avec Flutter 3.22"):
 * the problem is tied to that version, whatever symptom follows. A dotted version or a year-numbered one only, so
 * "Unity 3 users" is not read as a version.
 */
const FRAMEWORK_VERSION = new RegExp(
  '\\b(react[- ]?native|rn|flutter|unity|electron|xcode|expo( sdk)?|cordova|capacitor|ionic|unreal( engine)?|ue|' +
    'kotlin|swift)\\b[^.!?。！？\\n\\d]{0,8}v?(\\d+\\.\\d+|20\\d\\d)',
  'i',
);
/**
 * Frameworks and tools whose versions are counted in tens ("Electron 30", "Xcode 16", "Expo SDK 51"): the major
 * number alone names the version the problem is tied to. A browser's version is not: "(Chrome 120)" is where the
 * report was made, and only a contrast with other browsers ties the problem to it.
 */
const MAJOR_VERSION = new RegExp(
  '\\b(electron|xcode|expo sdk)\\b( ?(version|ver\\.?|versi(ó|o)n|vers(ã|a)o|versi|phiên bản|sürüm(ü)?|' +
    'верси[яи]|वर्जन|संस्करण|버전|バージョン|版本|إصدار|الإصدار|เวอร์ชัน|เวอร์ชั่น))? ?v?\\d{2}(?!\\d)',
  'i',
);
/** Other devices or browsers than the one complained of ("เครื่องอื่น", "换其他手机", "les autres navigateurs"). */
const OTHER_PLATFORMS =
  '\\b(other|any other|every other|a different) (phones?|devices?|browsers?|models?|laptops?|machines?)\\b|' +
  '(其他|其它|别的|別的)(手机|手機|设备|設備|机型|機型|浏览器|瀏覽器|电脑|電腦)|(他|別)の(端末|機種|スマホ|ブラウザ|デバイス)|' +
  '다른 (폰|기기|기종|휴대폰|핸드폰|브라우저|단말)|otros (dispositivos|tel(é|e)fonos|celulares|m(ó|o)viles|navegadores|' +
  'modelos)|outros (aparelhos|celulares|dispositivos|navegadores|modelos)|(hp|perangkat|device|browser|ponsel) lain|' +
  '(máy|điện thoại|thiết bị|trình duyệt) khác|(เครื่อง|มือถือ|อุปกรณ์|เบราว์เซอร์|รุ่น)อื่น|' +
  '(أجهزة|الأجهزة|جوالات|الجوالات|هواتف|الهواتف|متصفحات|المتصفحات) (أخرى|الأخرى|ثانية|الثانية)|' +
  'باقي (الأجهزة|الجوالات|المتصفحات)|diğer (cihaz|telefon|tarayıcı|model)|başka (cihaz|telefon|tarayıcı)|' +
  "(les |d')autres (appareils|t(é|e)l(é|e)phones|navigateurs|mod(è|e)les|mobiles|smartphones)|" +
  'andere[nm]? (ger(ä|a)te[n]?|handys|browser[n]?|modelle[n]?)|други[хе] (устройств|телефон|браузер|модел)|' +
  '(दूसरे|बाकी|अन्य) (फ़ोन|फोन|डिवाइस|ब्राउज़र|ब्राउजर|मॉडल)|\\b(doosre|dusre|baaki|baki) (phone|device|browser)';
/** Short ways of saying it works there, which only beside "other devices" read as a contrast. */
const WORKS_THERE =
  'ไม่เป็น|ได้ปกติ|ça (passe|marche|fonctionne)|(?<!nicht )\\bgeht\\b|(?<!не )работа(ет|ют)|就好|就可以|就行|都可以|' +
  '(?<!안 )되는데|잘 ?(돼|됨|되)|(?<!(tidak|gak|nggak|ga) )\\bbisa\\b|(?<!không )\\bổn\\b|çalışıyor|' +
  '(?<!(ما|لا) )(يشتغل|تشتغل|تعمل)|(?<!नहीं )चल (रहा|रही|ता)|(?<!(no|não|nunca|tampoco) )funciona[nm]?\\b|' +
  "(?<!(n't|not|never) )\\bworks?\\b";
const OTHER_FINE = new RegExp(
  `(${OTHER_PLATFORMS})[^.!?。！？\\n]{0,25}(${FINE}|${WORKS_THERE})|(${FINE}|${WORKS_THERE})[^.!?。！？\\n]{0,25}` +
    `(${OTHER_PLATFORMS})`,
  'i',
);
/**
 * A phone without Google's services (Huawei's own, HMS): push, maps and sign-in behave differently there, so the
 * problem is that device's.
 */
const WITHOUT_GOOGLE: RegExp[] = [
  /\b(without|no) (google( play)? services|gms)\b|\bhms\b|huawei mobile services|(没有|無|没|沒有)(谷歌|google ?)(服务|服務)/i,
  /google ?(サービス|服务)(なし|がない)|구글 ?서비스(가)? 없|sin (los )?servicios de google|sem (os )?servi(ç|c)os (do )?google/i,
  /tanpa (layanan )?google|không có (dịch vụ )?google|ไม่มี ?google|بدون خدمات (جوجل|google)/i,
  /google (servis|hizmet)leri (yok|olmadan)|sans (les )?services google|ohne google[- ]dienste|без (сервисов )?google/i,
  /google (सेवाओं|सर्विस) के बिना/i,
];
export const COMPATIBILITY_WORDS: RegExp[] = [
  AFTER_VERSION,
  FRAMEWORK_VERSION,
  MAJOR_VERSION,
  OTHER_FINE,
  ...WITHOUT_GOOGLE,
  new RegExp(`(${ONLY})${GAP}(${DEVICE})`, 'i'),
  new RegExp(`(${DEVICE})${GAP}(${ONLY})`, 'i'),
  new RegExp(`(${DEVICE})${GAP}(${FINE})`, 'i'),
  new RegExp(`(${FINE})${GAP}(${DEVICE})`, 'i'),
  new RegExp(`(${UPDATE})[^.!?。！？\\n]{0,25}${OS_VERSION}|${OS_VERSION}[^.!?。！？\\n]{0,25}(${UPDATE})`, 'i'),
  /(只有|只係|淨係|得)[^，。！？?\n]{0,30}(先有|先會|先出)/,
  // "On some devices", "certain models": the problem belongs to those devices even without "only".
  /\b(some|certain) (android )?(devices|phones|models)\b|(algunos|ciertos) (dispositivos|modelos|celulares|teléfonos)/i,
  /(alguns|certos) (aparelhos|modelos|celulares|dispositivos)|beberapa (hp|perangkat|tipe|device)|tipe tertentu/i,
  /một (số|vài) (máy|dòng máy|thiết bị)|บางรุ่น|บางเครื่อง|بعض (الأجهزة|الجوالات|الهواتف)|أجهزة معينة/i,
  /bazı (cihaz|model|telefon)|certains (appareils|modèles|téléphones)/i,
  /(bestimmten|manchen|einigen) (geräten|modellen|handys)/i,
  /(некоторых|определённых|определенных) (устройствах|моделях|телефонах)|कुछ (डिवाइस|फ़ोन|फोन|मॉडल)/i,
  /一部の(端末|機種)|特定の(端末|機種)|일부 (기기|기종|폰)|특정 (기기|기종)|部分手机|某些手机|个别机型|部分手機|某些手機|個別機型/,
  /特定机型|某些机型|部分机型|特定機型|某些機型|部分機型|兼容|相容|系统版本|系統版本/,
  /(华为|小米|oppo|vivo|荣耀|三星|苹果)[^，。！？,.!?\n]{0,30}(上|才)/i,
  /其他(手机|机型|设备)(都)?正常|其他(手機|機型|裝置|設備)(都)?正常|他の(端末|機種)(では|は)?(問題|正常)/i,
  /\bspecific (device|model|phone)|\bcompatib|\bafter (updating|upgrading) to (ios|android)/i,
  /\bon (ios|android) \d+ only\b/i,
  /other (devices|phones) (are|work) fine|다른 기기는 (괜찮|정상)/i,
  /otros (dispositivos|teléfonos|celulares) (funcionan|están) bien/i,
  /outros aparelhos funciona|HP lain normal|perangkat lain normal|các máy khác bình thường|เครื่องอื่นปกติ/i,
  /باقي الأجهزة تعمل|diğer cihazlar|autres (téléphones|appareils) (vont|fonctionnent) bien|anderen geräte/i,
  /других устройствах вс[её] нормально|बाकी फ़ोन ठीक|बाकी फोन ठीक|compatibilidad|compatibilidade|kompatib|совместим/i,
];

/** Browsers, each once: two different ones in a complaint are a contrast between them. */
export const BROWSER_NAMES = new RegExp(
  '\\b(chrome|safari|firefox|yandex|uc browser|samsung internet|microsoft edge|opera (browser|gx))\\b|' +
    '\\b(on|in|en|no|na|di|sur|auf|trên) (edge|opera)\\b|(على|في) (edge|opera)\\b|\\b(edge|opera) ?\\d|' +
    'huawei ?(browser|浏览器|瀏覽器|のブラウザ)|' +
    '华为浏览器|華為瀏覽器|크롬|사파리|파이어폭스|오페라|엣지|uc 브라우저|كروم|سفاري|فايرفوكس|хром|сафари|яндекс',
  'gi',
);
/** "Both", "in every browser": the problem is the same everywhere, so naming two browsers draws no contrast. */
export const EVERYWHERE = new RegExp(
  '\\b(both|all (the )?browsers|every browser|any browser)\\b|两个浏览器|兩個瀏覽器|どちらも|両方|둘 다|ambos|ambas|' +
    'todos los navegadores|todos os navegadores|kedua|semua browser|cả hai|tất cả trình duyệt|ทั้งสอง|ทุกเบราว์เซอร์|' +
    'كلا|كل المتصفحات|her iki|tüm tarayıcı|les deux|tous les navigateurs|beide|allen browsern|обоих|всех браузерах|' +
    'दोनों|सभी ब्राउज़र',
  'i',
);

const APPLE_SIDE = 'ios|iphone|ipad|아이폰|아이패드|苹果|蘋果|アイフォン|айфон|ไอโฟน|آيفون|ايفون|आईफोन';
const ANDROID_SIDE = 'android|安卓|안드로이드|アンドロイド|андроид|แอนดรอยด์|أندرويد|اندرويد|एंड्रॉइड';
/** What may stand between two platforms said together: no sentence end, no figure, at most a few words. */
const JOINED = '[^.!?。！？\\n\\d]{1,14}';
/**
 * The problem said to happen on both systems or on every platform ("on iOS and Android", "iOSでもAndroidでも",
 * "ทั้ง iOS และ Android", "on all devices"): naming them then ties it to neither.
 */
export const BOTH_PLATFORMS = new RegExp(
  `(?:${APPLE_SIDE})(${JOINED})(?:${ANDROID_SIDE})|(?:${ANDROID_SIDE})(${JOINED})(?:${APPLE_SIDE})|` +
    '\\b(all|every) (platforms?|devices|phones)\\b|todas las plataformas|todos los dispositivos|' +
    'todas as plataformas|todos os (dispositivos|aparelhos)|semua (platform|perangkat|device|hp)\\b|' +
    'tất cả (các )?(nền tảng|thiết bị|máy)|ทุกแพลตฟอร์ม|ทุกเครื่อง|(جميع|كل) (المنصات|الأجهزة)|' +
    'tüm (platform|cihaz)|toutes les plateformes|tous les appareils|allen (plattformen|geräten)|' +
    'всех (платформах|устройствах)|सभी (प्लेटफ़ॉर्म|प्लेटफॉर्म|डिवाइस)|所有(平台|设备|設備|机型|機型)|全(平台|機種|端末)|' +
    'すべての(端末|プラットフォーム)|모든 (기기|플랫폼)',
  'i',
);
/** Between two platforms, a word that sets them against each other ("iOS works but Android not"), not together. */
export const SET_AGAINST = new RegExp(
  '\\b(but|not|only|fine|works?)\\b|pero|\\bmas\\b|mais|aber|nicht|\\bno\\b|não|tapi|nhưng|không|แต่|ไม่|' +
    'لكن|بس|ama|değil|но|не |लेकिन|नहीं|但|而|不|只|だけ|のに|けど|하지만|지만|만 |는 ',
  'i',
);

/**
 * Named platforms: makers, systems and browsers, in Latin letters and as customers transliterate them, each with the
 * version that may follow ("Android 12", "macOS 14"). Two different ones in a complaint ("freezes in Firefox, Chrome
 * is fine") are the shape of a device-specific problem, which the similar examples then confirm or not.
 */
export const PLATFORM_NAMES = new RegExp(
  '(?:iphone|ipad|android|\\bios\\b|ipados|harmonyos|huawei|xiaomi|redmi|samsung|galaxy|\\bpixel(?:\\b|\\d)|oppo|' +
    '(?<!\\b(?:en|ao|al|em|de|no) )\\bvivo\\b|motorola|' +
    'honor|realme|oneplus|windows|macos|\\bmac\\b|linux|chromebook|safari|firefox|chrome|\\bedge\\b|opera|' +
    '\\byandex|uc browser|miui|coloros|hyperos|emui|华为|華為|小米|三星|荣耀|榮耀|鸿蒙|鴻蒙|아이폰|안드로이드|갤럭시|' +
    '크롬|사파리|파이어폭스|엣지|삼성|アイフォン|アンドロイド|クローム|サファリ|كروم|سفاري|فايرفوكس|سامسونج|هواوي|' +
    'شاومي|آيفون|ايفون|أندرويد|اندرويد|айфон|андроид|хром|сафари|самсунг|ซัมซุง|ไอโฟน|แอนดรอยด์|' +
    'सैमसंग|आईफोन|एंड्रॉइड|หัวเว่ย|хуавей|сяоми|शाओमी|ファイアフォックス|파이어폭스|火狐)(?: ?\\d+)?',
  'gi',
);
