package knowledge

// newIndonesian builds what reads Indonesian and Malay mixed into English chat ("siapa
// pendiri deepseek sih?", "berapa harga saham nvidia"). A word with the
// suffix -nya ("perusahaannya", its company) is read as the word, and so
// is one with a verb prefix or ending ("diblacklist", "dibutuhin").
func newIndonesian() *language {
	return newLanguage(strongIndonesianMarkers(), indonesianMarkers(), indonesianPhrases(), indonesianWords(),
		// Verb prefixes, formal and casual ("diblacklist", "ngerekrut").
		[]string{"di", "nge", "ng", "ter", "ber"},
		// Endings: -nya (its), casual -in and formal -kan (verbs).
		"nya", "kan", "in")
}

// strongIndonesianMarkers make a message Indonesian or Malay alone.
func strongIndonesianMarkers() map[string]bool {
	return setOf(`siapa kapan kenapa mengapa gimana bagaimana berapa dong sih yg nggak gak enggak
banget udah sudah bilang menurut kayak brp gmn knp kpn udh apakah pasal diorang dorang`)
}

// indonesianMarkers are other Indonesian and Malay words that English chat
// does not use.
func indonesianMarkers() map[string]bool {
	return setOf(`kan deh nih tuh kok yang dan atau tapi di ke dari untuk buat dengan itu ini ada tidak
tak akan bakal bisa juga karena karna jadi kalau kalo dia mereka saya aku gue gw kamu lu kita kami apa mana bila
adalah aja saja pada oleh thn tgl kmrn jd emang gitu abis trus`)
}

// indonesianPhrases are Indonesian and Malay phrases and their English.
func indonesianPhrases() phraseTable {
	return parsePhrases(`
di mana = where
macam mana = how
hari ini = today
pasar saham = stock market
harga saham = share price
daftar hitam = blacklist
perdana menteri = premier
kecerdasan buatan = ai
amerika serikat = us
kontrol ekspor = export controls
larangan ekspor = export ban
lalu lintas = traffic
berapa banyak = how many
berapa lama = how long
umur berapa = how old
berapa umur = how old
apa itu = what is
apa sih = what is
siapa sih = who is
tidak ada = no
di belakang = behind
luar negeri = abroad
gara gara = because of
hari pelantikan = inauguration day
tuan rumah = host
kartu as = ace
sudut pandang = angle
latar belakang = background
mata duitan = greedy
dana lindung nilai = hedge fund
model bahasa = language model
sumber daya = resources
daya komputasi = compute
bulan ini = this month
tahun lalu = last year
minggu lalu = last week
lebih banyak = more
lebih sedikit = fewer
lebih dikit = fewer
ke depan = future
kedepannya = in the future
ke depannya = in the future
yg mana = which
apa aja = what
siapa aja = who
mana aja = which
kayak gimana = how
seperti apa = how
perusahaan rintisan = startup
rekor tertinggi = record high
harga tertinggi = record high
gak sih =
nggak sih =
kata penulis = according to the author
kata artikel = according to the article
kata analis = according to analysts
kota mana = which city
negara mana = which country
perusahaan mana = which company
universitas mana = which university
kampus mana = which university
tahun berapa = which year
thn berapa = which year
tahun brp = which year
thn brp = which year
taun brp = which year
bulan apa = which month
tanggal berapa = which date
tgl berapa = which date
tgl brp = which date
bidang apa = which field
chip apa = which chip
senarai hitam = blacklist
apa jadi = what happened
apa jadi kat = what happened to
umur brp = how old
nilai pasaran = market value
pasaran saham = stock market
sekatan eksport = export restrictions
larangan eksport = export ban
perang dagang = trade war
minggu lepas = last week
tahun lepas = last year
bulan ni = this month
hari ni = today
hari tu = that day
syarikat pelaburan = investment firm
cakap pasal = say about
buat duit = make money
ahli ahli = members
berapa orang = how many
brp orang = how many
berapa ramai = how many
`)
}

// indonesianWords returns Indonesian and Malay words and the English they stand
// for ("" for a word that says nothing).
func indonesianWords() map[string]string {
	return map[string]string{
		// Question words and particles.
		"apa": "what", "siapa": "who", "kapan": "when", "bila": "when", "dimana": "where", "mana": "which",
		"kenapa": "why", "mengapa": "why", "gimana": "how", "bagaimana": "how", "berapa": "how much", "yang": "which",
		"yg": "which", "dong": "", "sih": "", "kan": "", "deh": "", "nih": "", "tuh": "", "kok": "", "loh": "", "kah": "",
		"aja": "", "saja": "", "banget": "", "gan": "", "bang": "", "kak": "", "min": "", "wkwk": "", "wkwkwk": "",
		"lah": "", "ya": "", "eh": "", "nah": "", "nya": "", "adalah": "is", "ialah": "is",
		// Function words and pronouns.
		"dan": "and", "atau": "or", "tapi": "but", "di": "in", "ke": "to", "dari": "from", "untuk": "for", "buat": "for",
		"utk": "for", "dengan": "with", "dgn": "with", "sama": "with", "pada": "on", "oleh": "by", "itu": "that",
		"ini": "this", "ada": "there is", "tidak": "not", "tak": "not", "nggak": "not", "gak": "not", "enggak": "not",
		"tdk": "not", "sudah": "already", "udah": "already", "sdh": "already", "belum": "not yet", "akan": "will",
		"bakal": "will", "bisa": "can", "boleh": "can", "mau": "want", "harus": "must", "juga": "also", "lagi": "again",
		"karena": "because", "karna": "because", "jadi": "so", "kalau": "if", "kalo": "if", "seperti": "like",
		"kayak": "like", "dia": "he", "beliau": "he", "mereka": "they", "saya": "i", "aku": "i", "gue": "i", "gw": "i",
		"kamu": "you", "lu": "you", "lo": "you", "kita": "we", "kami": "we", "lebih": "more", "kurang": "less",
		"paling": "most", "sangat": "very", "sebelum": "before", "sesudah": "after", "setelah": "after", "sejak": "since",
		"antara": "between", "tentang": "about", "soal": "about", "terhadap": "on",
		// Verbs.
		"didirikan": "founded", "mendirikan": "founded", "lahir": "born", "dirilis": "released", "rilis": "release",
		"merilis": "released", "diluncurkan": "launched", "meluncurkan": "launched", "luncur": "launch", "turun": "fell",
		"jatuh": "fell", "anjlok": "plunged", "rugi": "lost", "kehilangan": "lost", "hilang": "wiped",
		"menghapus": "wiped", "bilang": "said", "kata": "said", "mengatakan": "said", "berkata": "said",
		"pikir": "think", "berpikir": "think", "menurut": "according to", "pakai": "used", "memakai": "used",
		"menggunakan": "used", "pake": "used", "melatih": "trained", "beli": "buy", "membeli": "bought",
		"melarang": "banned", "dilarang": "banned", "larang": "ban", "blokir": "block", "diblokir": "blocked",
		"mendukung": "backs", "didukung": "backed", "mendanai": "funds", "didanai": "funded", "merekrut": "recruits",
		"rekrut": "recruit", "mempekerjakan": "hires", "bertemu": "met", "ketemu": "met", "diundang": "invited",
		"menghadiri": "attended", "hadir": "attended", "terjadi": "happened", "butuh": "need", "perlu": "need",
		"membutuhkan": "need", "tutup": "close", "ditutup": "closed", "naik": "rose", "menyebut": "called",
		"disebut": "called", "membandingkan": "compares", "dibandingkan": "compared", "menanggapi": "responded",
		"tanggapan": "response", "respon": "response", "menjawab": "answered", "menghindari": "avoids",
		"diserang": "attacked", "mencerminkan": "reflects",
		// Nouns and adjectives of the story.
		"perusahaan": "company", "syarikat": "company", "pendiri": "founder", "penulis": "author", "artikel": "article",
		"kutipan": "quote", "pepatah": "proverb", "semut": "ant", "kecil": "small", "besar": "big", "murah": "cheap",
		"mahal": "expensive", "tahun": "year", "bulan": "month", "hari": "day", "tanggal": "date", "kemarin": "yesterday",
		"besok": "tomorrow", "umur": "age", "usia": "age", "tua": "old", "muda": "young", "insinyur": "engineers",
		"karyawan": "employees", "lulusan": "graduates", "analis": "analysts", "presiden": "president",
		"pemerintah": "government", "kerajaan": "government", "cina": "china", "tiongkok": "china", "amerika": "america",
		"pertemuan": "meeting", "rapat": "meeting", "simposium": "symposium", "alasan": "reason", "masalah": "problem",
		"pelajaran": "lesson", "pendapat": "opinion", "sabotase": "sabotage", "serangan": "attack",
		"gangguan": "outage", "pengguna": "users", "ekspor": "export", "pembatasan": "restrictions",
		"larangan": "ban", "dana": "fund", "aset": "assets", "uang": "money", "duit": "money", "harga": "price",
		"saham": "shares", "bursa": "stock market", "nilai": "value", "triliun": "trillion", "miliar": "billion",
		"juta": "million", "dolar": "dollar", "persen": "percent", "teknologi": "technology", "baru": "new",
		"pertama": "first", "terakhir": "last", "penyebab": "cause", "sebab": "cause", "investor": "investors",
		"pendukung": "backers", "kecerdasan": "intelligence", "tokoh": "figure", "jabatan": "title", "pekerjaan": "job",
		"kerugian": "losses", "keuntungan": "profit", "cepat": "fast", "lambat": "slow", "kuat": "powerful",
		"lemah": "weaker", "rahasia": "secret", "pesan": "message", "hubungan": "connection",
		"sisi": "side", "teknis": "technical", "bukan": "not", "hal": "thing", "kepikiran": "thought",
		"terpikir": "thought", "kejadian": "event", "peristiwa": "event", "masukin": "put", "memasukkan": "put",
		"belakang": "behind", "maksud": "meaning", "arti": "meaning", "untung": "advantage", "peribahasa": "proverb",
		"punya": "had", "kerja": "do", "gede": "big", "kegagalan": "failure", "gagal": "failed", "akhirnya": "",
		"berdiri": "founded", "thn": "year", "brp": "how much", "brapa": "how much", "gara": "because",
		"cuma": "just", "kali": "times", "lama": "old", "pas": "when", "pertanyaan": "question", "kejawab": "answered",
		"terjawab": "answered", "nyamain": "matched", "menyamai": "matched", "dikit": "few", "sedikit": "few",
		"tipe": "type", "jenis": "type", "risiko": "risk", "ngomong": "say", "aspek": "aspect", "pernah": "ever",
		"orang": "people", "luar": "outside", "negeri": "country", "lokal": "local", "ato": "or",
		"kebetulan": "coincidence", "pelantikan": "inauguration", "dilantik": "inaugurated", "kemana": "where",
		"bos": "boss", "pemimpin": "leader", "perdana": "prime", "menteri": "minister", "lulus": "graduated",
		"kampus": "university", "universitas": "university", "mahasiswa": "students", "fresh": "fresh",
		"gitu": "", "gini": "", "emang": "", "emangnya": "", "yah": "", "lho": "", "toh": "", "pun": "",
		"ternyata": "", "malah": "", "kayaknya": "", "sebenernya": "", "sebenarnya": "", "btw": "", "anjir": "",
		"anjay": "", "cuy": "", "bro": "", "guys": "", "gais": "", "kek": "like", "beneran": "really",
		"bener": "true", "trus": "then", "terus": "then", "abis": "after", "habis": "after", "stlah": "after",
		"stelah": "after", "sblm": "before", "udh": "already", "dah": "already", "gara2": "because of",
		"orang2": "people", "katanya": "reportedly", "kabarnya": "reportedly", "konon": "reportedly",
		"apaan": "what", "ngapain": "what does", "knp": "why", "gmn": "how", "kpn": "when", "dmn": "where",
		"berapakah": "how much", "apakah": "", "siapakah": "who", "kapankah": "when", "bagaimanakah": "how",
		"mengapakah": "why", "ngenalin": "introduced", "kenalin": "introduced", "memperkenalkan": "introduced",
		"diperkenalkan": "introduced", "mengumumkan": "announced", "diumumkan": "announced",
		"diumumin": "announced", "ngumumin": "announced", "pengumuman": "announcement", "ngomongin": "talk about",
		"komentar": "comment", "berkomentar": "commented", "komen": "comment", "ngeles": "respond",
		"nanggepin": "respond", "ditanggapi": "responded", "reaksi": "reaction", "bereaksi": "reacted",
		"nyusut": "shrank", "menyusut": "shrank", "susut": "shrank", "ambruk": "crashed", "jeblok": "plunged",
		"nyungsep": "plunged", "longsor": "crashed", "merosot": "fell", "ilang": "wiped", "lenyap": "vanished",
		"menguap": "evaporated", "dipake": "used", "dipakai": "used", "pakek": "used", "ngadain": "hosted",
		"mengadakan": "held", "diadakan": "held", "diadain": "held", "menyelenggarakan": "hosted",
		"diselenggarakan": "hosted", "datang": "came", "dateng": "came", "didatengin": "attended",
		"didatangi": "attended", "ngundang": "invited", "mengundang": "invited", "undang": "invite",
		"undangan": "invitation", "dimasukkan": "put", "dimasukin": "put", "direkrut": "recruited",
		"ngerekrut": "recruited", "rekrutmen": "recruitment", "dibutuhin": "needed", "dibutuhkan": "needed",
		"disamain": "compared", "disamakan": "compared", "disabotase": "sabotaged", "menyabotase": "sabotaged",
		"dibilang": "called", "ngehindarin": "avoids", "ngindarin": "avoids", "menghindar": "avoids",
		"hindari": "avoid", "ngalahin": "beat", "mengalahkan": "beat", "kalah": "lost", "menang": "won",
		"bikin": "made", "membuat": "made", "dibuat": "made", "bangun": "built", "membangun": "built",
		"dibangun": "built", "dilatih": "trained", "ngelatih": "trained", "latih": "train", "jawab": "answer",
		"jawaban": "answer", "ngejawab": "answered", "tanya": "ask", "nanya": "ask", "bertanya": "ask",
		"ditanya": "asked", "bahas": "discuss", "membahas": "discusses", "dibahas": "discussed",
		"ngebahas": "discusses", "ngejelasin": "explains", "menjelaskan": "explains", "jelasin": "explain",
		"dijelaskan": "explained", "ngebandingin": "compares", "dibandingin": "compared", "dibanding": "compared",
		"bandingin": "compare", "khawatir": "worried", "kuatir": "worried", "cemas": "worried", "takut": "afraid",
		"panik": "panic", "bangga": "proud", "membanggakan": "proud", "dapet": "get", "dapat": "get",
		"mendapat": "got", "mendapatkan": "got", "memiliki": "has", "dimiliki": "owned", "bekerja": "works",
		"ngerjain": "work on", "kerjaan": "job", "profesi": "profession", "mengelola": "manages",
		"dikelola": "managed", "ngurus": "ran", "jalanin": "ran", "menjalankan": "runs", "memproses": "process",
		"ngolah": "process", "mengolah": "process", "hemat": "efficient", "efisien": "efficient",
		"efektif": "effective", "kenceng": "fast", "ngebut": "fast", "canggih": "advanced", "mutakhir": "advanced",
		"segede": "as big as", "sebesar": "as big as", "gedean": "bigger", "lipat": "times",
		"generasi": "generation", "sebelumnya": "previous", "terbaru": "latest", "rekor": "record",
		"tertinggi": "highest", "tinggi": "high", "terendah": "lowest", "puncak": "peak", "pasar": "market",
		"kapitalisasi": "capitalisation", "valuasi": "valuation", "amrik": "america", "negara": "country",
		"bidang": "field", "sektor": "sector", "industri": "industry", "kota": "city", "tempat": "place",
		"acara": "event", "tertutup": "closed door", "hasil": "outcome", "isi": "content", "topik": "topic",
		"tema": "topic", "utama": "main", "pokok": "main", "inti": "core", "jago": "good at", "unggul": "leads",
		"keunggulan": "advantage", "kelebihan": "advantage", "kekurangan": "weakness", "kartu": "card",
		"modal": "capital", "terbatas": "limited", "keterbatasan": "limits", "komputasi": "compute",
		"akhir": "end", "penutup": "closing", "ahli": "expert", "pakar": "expert", "pencapaian": "achievement",
		"prestasi": "achievement", "capaian": "achievement", "infrastruktur": "infrastructure",
		"permintaan": "demand", "banyak": "many", "jumlah": "number", "taun": "year", "tgl": "date",
		"bln": "month", "kemaren": "yesterday", "kmrn": "yesterday", "kmaren": "yesterday", "minggu": "week",
		"pekan": "week", "awal": "start", "januari": "january", "juli": "july", "magang": "intern",
		"doktoral": "phd", "profil": "profile", "pendidikan": "education", "peneliti": "researchers",
		"ilmuwan": "scientists", "pemerintahan": "administration", "daftar": "list", "hitam": "black",
		"tujuan": "purpose", "dewa": "god", "tuhan": "god", "kenaikan": "rise", "penurunan": "drop",
		"kejatuhan": "crash", "kekayaan": "wealth", "harta": "wealth", "investasi": "investment",
		"berinvestasi": "invest", "pendanaan": "funding", "danain": "fund", "pemodal": "investors",
		"kebanggaan": "pride", "nasional": "national", "politik": "politics", "sensitif": "sensitive",
		"sensor": "censorship", "disensor": "censored", "mencurigakan": "suspicious", "curiga": "suspicious",
		"trafik": "traffic", "lonjakan": "surge", "sanksi": "sanctions", "cip": "chip",
		"semikonduktor": "semiconductor", "bahasa": "language", "penalaran": "reasoning", "nalar": "reasoning",
		"biaya": "cost", "ongkos": "cost", "kemampuan": "capability", "mampu": "capable", "enak": "good",
		"wartawan": "journalist", "mentri": "minister", "menghadapi": "faces", "hadapi": "face",
		"ancaman": "threat", "mengancam": "threatens", "terancam": "threatened", "pesaing": "rival",
		"saingan": "rival", "menyaingi": "rivals", "bersaing": "compete", "pemain": "player", "raksasa": "giant",
		"perlambatan": "slowdown", "kuno": "old", "lawas": "old", "jadul": "old", "disebutkan": "mentioned",
		"menyebutkan": "mentions", "nyebut": "mentions", "sebutan": "nickname", "julukan": "nickname",
		"julukannya": "nickname", "dijuluki": "called", "penampilan": "appearance", "wajah": "face",
		"kurus": "thin", "lapar": "hungry", "mirip": "resembles", "menyerupai": "resembles",
		"digambarkan": "described", "menggambarkan": "describes",
		"krn": "because", "mungkin": "", "kira2": "", "kira-kira": "", "supaya": "so that", "agar": "so that",
		"justru": "", "sempet": "", "sempat": "", "bakalan": "will",
		"jd": "so", "tetep": "still", "tetap": "still", "suka": "often", "proses": "process", "pegang": "holds",
		"ngena": "striking", "masuk": "enter", "masih": "still", "jauh": "far", "tersebut": "that",
		"bunyi": "wording", "bunyinya": "wording", "berdampak": "affected", "dampak": "impact", "umum": "public",
		"terlintas": "thought", "terbuka": "open", "sukses": "success", "berhasil": "succeeded",
		"keberhasilan": "success", "sekarang": "now", "secara": "", "sebagai": "as", "ringkas": "summarize",
		"ringkasan": "summary", "rangkuman": "summary", "resmi": "official", "pikiran": "mind",
		"peserta": "participants", "persaingan": "competition", "penutupan": "close", "pemenang": "winners",
		"meninggalkan": "left", "mengutip": "quotes", "dikutip": "quoted", "menarik": "interesting",
		"menahan": "holds", "lain": "other", "kalangan": "circles", "geopolitik": "geopolitics", "ga": "not",
		"dipertanyakan": "questioned", "diibaratkan": "likened", "diumpamakan": "likened", "ibarat": "like",
		"dihadiri": "attended", "dianggap": "considered", "menganggap": "considers", "bisnis": "business",
		"balik": "back", "baik": "good", "hewan": "animal", "binatang": "animal", "olimpiade": "olympiad",
		"lomba": "competition", "kompetisi": "competition", "juara": "champion", "sebetulnya": "",
		"alias": "alias", "nama": "name", "namanya": "name",
		"restriksi": "restrictions",
		"tu":        "that", "ni": "this", "pasal": "about", "dalam": "in", "guna": "used", "gunakan": "use",
		"semalam": "yesterday", "kat": "at", "ek": "", "je": "", "jer": "", "kot": "maybe", "cakap": "said",
		"walaupun": "although", "tubuh": "founded", "ditubuhkan": "founded", "tarikh": "date", "tajuk": "title",
		"soalan": "question", "senarai": "list", "sekatan": "restrictions", "sekat": "restrict",
		"disekat": "restricted", "satu": "one", "pergi": "went", "perdagangan": "trade", "pelaburan": "investment",
		"pelabur": "investors", "pekerja": "workers", "pasaran": "market", "pandai": "good at", "nak": "want",
		"letak": "put", "lepas": "after", "komuniti": "community", "kesan": "impact", "kepada": "to",
		"keluar": "came out", "istimewa": "special", "impak": "impact", "fikiran": "mind", "terfikir": "thought",
		"dilancarkan": "launched", "melancarkan": "launched", "dengar": "hear", "bleh": "can",
		"berjaya": "succeeded", "beri": "give", "benda": "thing", "ambik": "hired", "ambil": "took",
		"diorang": "they", "dorang": "they", "bincang": "discuss", "berbincang": "discussed",
		"perbincangan": "discussion", "teruk": "badly", "mcm": "like", "macam": "like", "camne": "how",
		"camana": "how", "pentadbiran": "administration", "usahawan": "entrepreneur", "pengasas": "founder",
		"mengasaskan": "founded", "diasaskan": "founded", "jurutera": "engineers", "graduan": "graduates",
		"pelajar": "students", "universiti": "university", "merudum": "plunged", "menjunam": "plunged",
		"mesyuarat": "meeting", "persidangan": "conference", "dijemput": "invited", "jemput": "invite",
		"jemputan": "invitation", "pandangan": "view", "rencana": "article", "makalah": "article",
		"petikan": "quote", "kekuatan": "strength", "kelemahan": "weakness", "penaakulan": "reasoning",
		"kos": "cost", "tenaga": "energy", "cekap": "efficient", "eksport": "export", "perang": "war",
		"sini": "here", "sana": "there", "tahu": "know", "tau": "know", "kaya": "rich", "ringgit": "money",
		"tadi": "earlier", "berita": "news", "cerita": "story",
	}
}
