/**
 * Words of churn or urgency, in every language we serve: leaving for another vendor, cancelling, refunds, legal
 * threats, production down, all users affected, an explicit "urgent". Any of them raises a ticket's priority one step
 * (never lowers it), marks the card and tells the support lead once. Literal alternatives with bounded gaps only, so
 * the patterns stay linear on 40 KB of hostile text.
 */
const SIGNALS: RegExp[] = [
  /\bswitch(ing)? (to (another|a different|a new) )?(provider|vendor|platform)/i,
  /\b(another|a different|other) (provider|vendor)/i,
  /\bcompetitor|\bcancel(l?ing)? (our|the|my) (contract|subscription|account|plan)|\bterminate (the|our) contract/i,
  /\brefund|\bchargeback|\blawyer|\blegal action|\blawsuit|\bsue you|\bbreach of contract/i,
  /\bproduction (is |went )?down|\bprod (is )?down|\boutage\b|\ball (of )?our (users|customers)|\bevery user\b/i,
  /\ball users\b|\bno(body| one| user) can\b|\burgent|\basap\b|\bemergency\b|\blosing (customers|users|money)/i,
  /换服务商|换供应商|换厂商|换别家|换一家|换其他|迁移到|竞品|不用你们|退款|赔偿|索赔|律师|起诉|法律|解约|取消合同|终止合作/,
  /生产环境|线上[^，。！？\n]{0,6}(挂|崩|故障|不可用)|挂了|全部用户|所有用户|全体用户|大面积|紧急|马上处理|立刻处理|尽快处理/,
  /換服務商|換廠商|換供應商|換其他|退款|賠償|律師|提告|法律|解約|終止合作|取消合約|正式環境|生產環境|掛掉|掛了/,
  /全部用戶|所有用戶|所有使用者|全部使用者|緊急|立刻處理|馬上處理|盡快處理/,
  /乗り換え|他社|解約|契約(を)?(解除|打ち切)|返金|法的|弁護士|訴訟|本番環境|本番で|全ユーザー|すべてのユーザー|全てのユーザー/,
  /全員|至急|緊急|大至急|障害が発生/,
  /다른 업체|업체를? 바꾸|업체 변경|이전하겠|해지|환불|법적|소송|변호사|운영 서버|운영 환경|프로덕션|서비스 (다운|장애|중단)/,
  /모든 사용자|전체 사용자|전 사용자|긴급|급합니다|급해요/,
  /cambiar(nos)? de proveedor|otro proveedor|la competencia/i,
  /cancelar (el |la |nuestro |nuestra )?(contrato|suscripci|cuenta)/i,
  /rescindir|reembolso|devoluci(ó|o)n del dinero|abogad|demanda|acciones legales/i,
  /producci(ó|o)n (caída|está caída|abajo|down)/i,
  /todos (los|nuestros) usuarios|ningún usuario|urgente/i,
  /trocar de fornecedor|outro fornecedor|mudar de fornecedor|concorrente/i,
  /cancelar (o |a |nosso |nossa )?(contrato|assinatura)/i,
  /rescindir|reembolso|estorno|advogad|processo judicial|ação judicial/i,
  /produção (está |tá )?(fora|caiu|parada)|fora do ar/i,
  /todos os (nossos )?usuários/i,
  /nenhum usuário/i,
  /pindah ke (vendor|penyedia|provider)|vendor lain|penyedia lain|provider lain|berhenti berlangganan/i,
  /batalkan (kontrak|langganan)/i,
  /putus kontrak|refund|pengembalian dana|jalur hukum|pengacara|gugat|production down|produksi (down|mati|lumpuh)/i,
  /semua pengguna|seluruh pengguna|semua user|mendesak|darurat|mohon segera/i,
  /nhà cung cấp khác|bên khác|chuyển sang (bên|nhà cung cấp|dịch vụ|nền tảng|đối thủ|giải pháp)/i,
  /(hủy|huỷ|huy) hợp đồng|chấm dứt hợp đồng|hoàn tiền|bồi thường|\bkiện\b/i,
  /pháp lý|luật sư/i,
  /(bản|môi trường|hệ thống) production|production (bị )?(sập|lỗi|down)|môi trường thật|hệ thống (bị )?sập/i,
  /sập toàn bộ|tất cả người dùng|toàn bộ người dùng|khẩn cấp|\bgấp\b/i,
  /เจ้าอื่น|ผู้ให้บริการอื่น|ยกเลิกสัญญา|ยกเลิกบริการ|คืนเงิน|ฟ้อง|ทนาย|กฎหมาย|ระบบล่ม|ล่มทั้งหมด/,
  /ผู้ใช้ทั้งหมด|ผู้ใช้ทุกคน|ด่วน/,
  /مزود آخر|ننتقل إلى|الانتقال إلى|نلغي|إلغاء (الاشتراك|العقد)|استرداد|استرجاع المبلغ|تعويض|محام|دعوى|قانوني/,
  /بيئة الإنتاج|الإنتاج متوقف|النظام متوقف|جميع المستخدمين|كل المستخدمين|كافة المستخدمين|عاجل|طارئ/,
  /başka (bir )?(sağlayıcı|firma|şirket)|sağlayıcı değiştir|sözleşme[^.!?\n]{0,12}(iptal|fesh)/i,
  /aboneliği iptal|iade|geri ödeme/i,
  /avukat|dava aç|yasal|canlı ortam|prod(üksiyon)?[^.!?\n]{0,8}(çöktü|down)|sistem çöktü|tüm kullanıcılar/i,
  /bütün kullanıcılar/i,
  /hiçbir kullanıcı|\bacil\b/i,
  /changer de (fournisseur|prestataire)|autre (fournisseur|prestataire)|concurrent|résili/i,
  /annuler (notre|le) (contrat|abonnement)/i,
  /rembours|avocat|action en justice|poursuites|juridique|production (est )?(en panne|down|à l'arrêt|tombée)/i,
  /tous (nos|les) utilisateurs|aucun utilisateur|\burgent|\burgence/i,
  /anbieter (zu )?wechseln|wechseln den anbieter|anderen anbieter|konkurrenz|kündig/i,
  /vertrag (kündigen|beenden)|erstattung/i,
  /geld zurück|anwalt|rechtliche schritte|\bklage|produktion (ist )?(down|ausgefallen|steht)|produktivsystem/i,
  /alle (unsere )?(nutzer|user|kunden)|kein nutzer|dringend/i,
  /другому провайдеру|другого провайдера|другой сервис|перейд[её]м|уйд[её]м к|конкурент|расторг|отказаться от услуг/i,
  /отменим подписку|возврат (денег|средств)|вернуть деньги|юрист|в суд|\bиск|прод (лежит|упал|недоступен)/i,
  /продакшн|продакшен/i,
  /все пользователи|всех пользователей|ни один пользователь|срочно/i,
  /दूसरी कंपनी|दूसरे (प्रोवाइडर|वेंडर)|शिफ्ट हो|कॉन्ट्रैक्ट (रद्द|कैंसल)|सब्सक्रिप्शन (रद्द|कैंसल)|रिफंड/,
  /पैसे वापस|वकील/,
  /कानूनी|मुकदमा|प्रोडक्शन (डाउन|बंद)|सभी (यूज़र|यूजर|उपयोगकर्ता)|सारे (यूज़र|यूजर)|ज़रूरी|जरूरी|तुरंत/,
  // Deadlines, losses and words of a critical situation, and a second round of each language's wording.
  /\bblock(s|ing)? (the |our )?(release|launch)|\bcritical\b|\blosing (customers|users|money|revenue)/i,
  /\bother providers\b/i,
  /退费|退費|退钱|退錢|法务|法務|全部受影响|全部受影響|损失|損失|很急|着急|加急|急用/,
  /急ぎ|急いで|本日中|契約(の)?(更新|見直)|見送|損失/,
  /마비|급하|빨리 확인|손실|계약/,
  /perdiendo (dinero|clientes?|usuarios?)|todos nuestros clientes|cuanto antes|cr(í|i)tico|\bYA\b/,
  /perdendo (dinheiro|clientes?|usu(á|a)rios?)|todos os nossos clientes|o quanto antes|cr(í|i)tico/i,
  /kehilangan|\brugi\b|kritis|secepatnya|semua (pelanggan|klien)/i,
  /mất (khách|người dùng|tiền)|nghiêm trọng|ngay lập tức/i,
  /เสียลูกค้า|เสียเงิน|ขอเงินคืน|วิกฤต|ยกเลิก/,
  /نكمل معكم|مزودين|نخسر|خسارة|حرج|بأسرع وقت|فور(ا|اً|ًا)|الإدارة/,
  /kaybediyoruz|kritik|\bhemen\b|başka (sağlayıcı|firma)lar/i,
  /perd(ons|ent)? (des clients|de l'argent|des utilisateurs)|critique|au plus vite|tous nos clients|service juridique/i,
  /rechtsabteilung|rechtlich|erstatt|kritisch|verlieren (kunden|geld|nutzer)|\bsofort\b|alle (unsere )?kunden/i,
  /критич|провайдер|договор|теря(ем|ют) (клиентов|деньги|пользователей)|немедленно|все наши/i,
  /(दूसरा|दूसरे|नया) provider|प्रोवाइडर|नुकसान|जल्दी|तुरंत/i,
  // Moving to another platform or solution, the way each language says it.
  /\b(another|a different|other) (platform|solution)s?\b|换(别的|其他|个)?(平台|方案|厂商)|換(別的|其他|個)?(平台|方案|廠商)/i,
  /迁移到|遷移到|移行を検討|他のサービス(へ|に)|他のプラットフォーム|다른 (솔루션|플랫폼|서비스)(으로|로) (갈아|옮기|이전|바꾸)/,
  /otra (plataforma|soluci(ó|o)n)|outra (plataforma|solu(ç|c)(ã|a)o)|migrar para/i,
  /platform lain|solusi lain|layanan lain|nền tảng khác|giải pháp khác|แพลตฟอร์มอื่น|บริการอื่น/i,
  /منصة (ثانية|ثانيه|أخرى|اخرى)|حل (آخر|ثاني)|ننتقل (لمنصة|لشركة|لمزود|لخدمة)/,
  /başka (bir )?(platform|çözüm|servis|hizmet)|une autre (plateforme|solution)|on passe (à|chez) (un|une) autre/i,
  /migrer vers|andere[nr]? (plattform|lösung|dienst)|другую платформу|другое решение/i,
  /दूसरे (प्लेटफ़ॉर्म|प्लेटफॉर्म|सर्विस)|दूसरी सर्विस/,
  // A deadline ("fixed by Friday", "bis Ende der Woche"), a customer about to leave, everyone affected.
  /\bthreaten(s|ing|ed)? to (leave|walk|churn|cancel|switch)|\bwalk away|\bchurn|\bpull the plug/i,
  /\blosing (a|our) client/i,
  /\bby (mon|tues|wednes|thurs|fri|satur|sun)day\b|\bby (the )?end of (the )?(day|week)|\bby tomorrow\b|\bdeadline/i,
  /\bgo(ing)? live (tomorrow|on|next)|\blaunch (is )?(tomorrow|on (mon|tues|wednes|thurs|fri)day)/i,
  /(周|週|星期|礼拜|禮拜)[一二三四五六日天](之前|前|以前)|本(周|週)内|明天(之前|前)|上线前|上線前|不续约|不續約|客户流失|客戶流失/,
  /(月|火|水|木|金|土|日)曜(日)?まで|今週中|明日まで|リリース前|解約を検討|顧客が離れ/,
  /[월화수목금토일]요일까지|이번 ?주 ?(안|내)|내일까지|출시 전|사용자 전체|전체 유저|모든 유저|(전체|모든|전부)[^.!?\n]{0,10}영향|빨리 (좀 )?(봐|확인|해결|처리)/,
  /고객(이|들이)? (이탈|떠나)|다른 (서비스|업체)로 (옮기|바꾸|넘어)/,
  /(para|antes del?) (el )?(lunes|martes|miércoles|jueves|viernes)|antes de (mañana|fin de semana)|dejaremos de usar/i,
  /vamos a dejar de usar/i,
  /nos vamos (a|con) otr/i,
  /até (segunda|terça|quarta|quinta|sexta|amanhã|o fim da semana)|vamos parar de usar|vamos embora/i,
  /vamos trocar de (fornecedor|plataforma|servi(ç|c)o)/i,
  /sebelum (hari )?(senin|selasa|rabu|kamis|jumat)|paling lambat|berhenti (pakai|menggunakan) (layanan|produk|kalian)/i,
  /trước (thứ (hai|ba|tư|năm|sáu|bảy)|cuối tuần|ngày mai)|mất khách|ngừng (sử dụng|dùng)/i,
  /ภายใน(วัน)?(จันทร์|อังคาร|พุธ|พฤหัส|ศุกร์|พรุ่งนี้|สัปดาห์นี้)|ก่อนวัน(จันทร์|ศุกร์)|ย้ายไปใช้|เลิกใช้บริการ/,
  /قبل (يوم )?(الاثنين|الخميس|الجمعة|بكرة|الغد)|خلال (هذا )?الأسبوع|نوقف التعامل|نترك الخدمة/,
  /(pazartesi|salı|çarşamba|perşembe|cuma|yarın)(ya|ye|a|e)? kadar|hafta sonuna kadar|kullanmayı bırakacağız/i,
  /d'ici (lundi|mardi|mercredi|jeudi|vendredi|demain|la fin de la semaine)|avant (vendredi|demain)|on part chez/i,
  /\bbis (montag|dienstag|mittwoch|donnerstag|freitag|morgen|ende der woche)\b|abspringen|abwandern/i,
  /до (понедельника|вторника|среды|четверга|пятницы|завтра|конца недели)|уходим|откажемся/i,
  /(सोमवार|शुक्रवार|कल) तक|इस (हफ्ते|हफ़्ते) (तक|के अंदर)|(सर्विस|सेवा|आपको) छोड़/,
];

const SLACK_MARKUP = /<[^<>\s]{1,300}>/g;

/** Only the start of a message is read, like classification: a pasted log's "urgent" or "refund" says nothing. */
export const SIGNALS_MAX_CHARS = 4000;
/** The card shows a few of the words that decided. */
const MAX_SHOWN = 4;

/** The words of churn or urgency in a customer's message, at most a few, in order of the lists. */
export function churnSignals(fullText: string): string[] {
  // Slack's markup (<!everyone>, <@U123>, links) is who or what was pointed at, not what the customer said.
  const text = fullText.slice(0, SIGNALS_MAX_CHARS).replace(SLACK_MARKUP, ' ');
  const found: string[] = [];
  for (const pattern of SIGNALS) {
    const m = pattern.exec(text);
    if (m && !found.includes(m[0])) found.push(m[0]);
    if (found.length >= MAX_SHOWN) break;
  }
  return found;
}
