package knowledge

// newIndonesian builds what reads Indonesian and Malay mixed into English chat ("siapa
// pendiri deepseek sih?", "berapa harga saham nvidia"). A word with the
// suffix -nya ("perusahaannya", its company) is read as the word.
func newIndonesian() *language {
	return newLanguage(strongIndonesianMarkers(), indonesianMarkers(), indonesianPhrases(), indonesianWords(), nil, "nya")
}

// strongIndonesianMarkers make a message Indonesian or Malay alone.
func strongIndonesianMarkers() map[string]bool {
	return setOf(`siapa kapan kenapa mengapa gimana bagaimana berapa dong sih yg nggak gak enggak
banget udah sudah bilang menurut kayak`)
}

// indonesianMarkers are other Indonesian and Malay words that English chat
// does not use.
func indonesianMarkers() map[string]bool {
	return setOf(`kan deh nih tuh kok yang dan atau tapi di ke dari untuk buat dengan itu ini ada tidak
tak akan bakal bisa juga karena karna jadi kalau kalo dia mereka saya aku gue gw kamu lu kita kami apa mana bila
adalah aja saja pada oleh`)
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
		"antara": "between", "tentang": "about", "soal": "about", "terhadap": "towards",
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
	}
}
