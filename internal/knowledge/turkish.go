package knowledge

// newTurkish builds what reads Turkish mixed into English chat ("deepseek'i kim kurdu?",
// "hisse kaça kapandı"). A Turkish word with a case ending ("yazarın",
// the author's) is read as the word; a name's ending after an apostrophe
// is dropped when the message is split into words (withoutCaseEnding).
func newTurkish() *language {
	l := newLanguage(strongTurkishMarkers(), turkishMarkers(), turkishPhrases(), turkishWords(), nil,
		"nın", "nin", "nun", "nün", "ın", "in", "un", "ün", "ı", "i", "u", "ü", "da", "de", "ta", "te", "dan", "den", "a", "e",
		// Plural, possessive and object endings ("çiplerini", "şirketini"),
		// and the past tenses ("kullandı", "kullanmış"), as one more
		// ending may come before them.
		"ları", "leri", "lar", "ler", "ını", "ini", "unu", "ünü", "sı", "si", "su", "sü", "ya", "ye",
		"daki", "deki", "nda", "nde", "dı", "di", "du", "dü", "tı", "ti", "tu", "tü", "mış", "miş", "muş", "müş")
	l.postposes = true
	return l
}

// strongTurkishMarkers make a message Turkish alone.
func strongTurkishMarkers() map[string]bool {
	return setOf(`neden niye nasıl hangi kaç nerede mı mi mu mü değil yani dedi oldu olmuş`)
}

// turkishMarkers are other Turkish words that English chat does not use.
func turkishMarkers() map[string]bool {
	return setOf(`abi ne kim ve bir bu şu ile için gibi daha çok var yok zaman kadar`)
}

// turkishPhrases are Turkish phrases and what they say in English.
func turkishPhrases() phraseTable {
	return parsePhrases(`
ne zaman = when
ne kadar = how much
kaç tane = how many
kaç kat = how many times
kaçıncı başkan = which number president
hangi yıl = what year
ya da = or
release edildi = released
kaça kapandı = closed at how much
kara liste = blacklist
kara listeye = blacklist
işe aldı = hired
işe almış = hired
işe alıyor = hires
en büyük = biggest
dış görünüş = appearance
ne iş = what business
piyasa değeri = market value
`)
}

// turkishWords returns Turkish words and the English they stand for ("" for a
// word that says nothing).
func turkishWords() map[string]string {
	return map[string]string{
		"dedi": "said", "demiş": "said", "yazıda": "in the article", "yazı": "article",
		"hocam": "", "yüzde": "percent", "varlıkları": "assets", "varlık": "assets", "tür": "kind",
		"teknoloji": "technology", "tehlikeli": "dangerous", "tanıtıldı": "unveiled",
		"sözü": "remark", "söz": "remark", "rekor": "record", "olayı": "incident", "nedir": "what is",
		"maloldu": "cost", "listeye": "list", "liste": "list", "kullanıyordu": "used",
		"konu": "topic", "konusunda": "about", "kime": "whom", "kimden": "from whom", "kaçıncı": "which number",
		"kaça": "at how much", "kara": "black", "ilgili": "about", "gördü": "saw", "geldi": "came",
		"düşünüyor": "thinks", "demek": "mean", "bununla": "with this",
		"borsası": "stock market", "benzetiliyor": "is compared", "başarı": "success",
		"başarısı": "success", "bakıyor": "looks", "bahsediyor": "mentions", "açıdan": "angle", "açı": "angle",
		"chipleri": "chips",
		// Question words and fillers.
		"oldu": "happened", "olmuş": "happened", "ne": "what", "kim": "who", "nerede": "where", "neden": "why", "niye": "why", "niçin": "why", "nasıl": "how",
		"kaç": "how many", "hangi": "which", "mı": "", "mi": "", "mu": "", "mü": "", "muydu": "", "mıydı": "",
		"abi": "", "yani": "", "hani": "", "işte": "", "peki": "", "tamam": "", "kanka": "", "ya": "",
		// Function words and pronouns.
		"değil": "not", "ve": "and", "veya": "or", "ama": "but", "fakat": "but", "ile": "with", "için": "for",
		"gibi": "like", "daha": "more", "çok": "very", "bir": "a", "bu": "this", "şu": "that", "o": "he", "onun": "his",
		"da": "also", "de": "also", "var": "there is", "yok": "not", "hala": "still", "sonra": "after", "önce": "before",
		"göre": "according to", "hakkında": "about", "aynı": "same", "başka": "else", "tam": "exactly",
		"olarak": "as", "eski": "old",
		// Verbs.
		"kurdu": "founded", "kuruldu": "founded", "doğdu": "born", "söyledi": "said", "düştü": "fell",
		"çöktü": "went down", "kapandı": "closed", "duyurdu": "announced", "tanıttı": "unveiled", "çıktı": "came out",
		"yayınladı": "released", "kullandı": "used", "kullanıyor": "uses", "aldı": "bought", "yasakladı": "banned",
		"koydular": "put", "koydu": "put", "kaybetti": "lost", "kaybettiler": "lost", "batırdı": "lost",
		"görüştü": "met", "lazım": "need", "gerekir": "need", "benzetiyor": "compares", "durdurabilir": "can stop",
		"olur": "would be", "edildi": "", "yaptı": "did", "yapıyorlar": "do", "neydi": "what was", "gelen": "came",
		"diyor": "says", "taşıyor": "bears",
		// Nouns and adjectives of the story.
		"yazar": "author", "makale": "article", "şirket": "company", "kurucu": "founder", "fon": "fund",
		"hisse": "share", "hisseler": "shares", "fiyat": "price", "borsa": "stock market", "piyasa": "market",
		"milyar": "billion", "trilyon": "trillion", "dolar": "dollar", "yıl": "year", "ay": "month", "aylık": "months old",
		"gün": "day", "bugün": "today", "dün": "yesterday", "yaş": "age", "yaşında": "years old", "çin": "china",
		"amerika": "america", "abd": "us", "başkan": "president", "toplantı": "meeting", "sempozyum": "symposium",
		"hayvan": "animal", "karınca": "ant", "küçük": "small", "büyük": "big", "ucuz": "cheap", "pahalı": "expensive",
		"mühendis": "engineer", "mühendisler": "engineers", "eleman": "staff", "madalya": "medal",
		"madalyalı": "medal", "olimpiyat": "olympiad", "sorun": "problem", "asıl": "real", "sebep": "reason",
		"teknik": "technical", "önde": "ahead", "ilk": "first", "akıl": "mind", "aklına": "mind", "şey": "thing",
		"laf": "remark", "görünüş": "appearance", "adı": "name", "ad": "name", "yatırımcı": "investor",
		"yatırımcılar": "investors", "çip": "chip", "çipler": "chips",
		"yönetim": "administration", "ocak": "january", "orta": "middle", "ortası": "middle", "eklendi": "added",
		"ekledi": "added", "eklemek": "add", "ihracat": "export", "yasak": "ban", "yasağı": "ban",
		"etkile": "affect", "etkiledi": "affected", "etkiler": "affects", "avantaj": "advantage", "anlamadım": "",
		"fonu": "fund", "iş": "business", "yapıyordu": "did", "kurucusu": "founder", "kayıp": "loss",
		"kaybı": "loss", "kötü": "bad", "bişi": "something", "miydi": "", "yoksa": "or", "hayırlı": "good",
		"sadece": "only", "olay": "event", "görüyor": "sees", "model": "model", "modeller": "models",
		"işleyebiliyor": "can process", "işle": "process", "enerji": "energy", "tasarruf": "saving",
		"tasarrufu": "saving", "kullan": "use", "kullanmış": "used", "açıklama": "statement",
		"açıklaması": "statement", "etki": "impact", "etkisi": "impact", "kimler": "who", "kimleri": "who",
		"ekip": "team", "sonuç": "outcome", "sonucu": "outcome", "sorarsam": "if i ask", "sorsam": "if i ask",
		"sordu": "asked", "sor": "ask", "neyi": "what", "yansıtır": "reflects", "yansıtıyor": "reflects",
		"tane": "units", "analist": "analyst", "analistler": "analysts", "dış": "outer", "doğmuş": "born",
		"kapattı": "closed", "kaçtan": "at how much", "valla": "", "vallahi": "", "yazıyor": "writes",
		"yazmış": "wrote", "bahsetti": "mentioned", "kullandığı": "used", "kulland": "use", "alım": "hiring",
		"işe": "to work", "geliştirdi": "developed", "geliştirmiş": "developed", "çıkardı": "released",
		"çıkardığı": "released", "piyasaya": "to market", "değeri": "value", "değer": "value", "kaybetmiş": "lost",
		"silindi": "wiped", "buharlaştı": "evaporated", "eridi": "melted", "çöküş": "crash", "düşüş": "fall",
		"satış": "selloff", "sattı": "sold", "sattılar": "sold", "korku": "fear", "korktu": "feared",
		"endişe": "concern", "endişeli": "worried", "sabotaj": "sabotage", "saldırı": "attack",
		"kesinti": "outage", "trafik": "traffic", "yoğunluk": "surge", "altyapı": "infrastructure",
		"sansür": "censorship", "kaçınıyor": "avoids", "kaçıyor": "avoids", "parti": "party",
		"komünist": "communist",
	}
}
