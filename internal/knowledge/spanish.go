package knowledge

// newSpanish builds what reads Spanish mixed into English chat ("quién fundó deepseek?",
// "che, cuánto perdió nvidia"). A regular verb the tables do not list is
// read by its stem ("lanzaron": lanz-, launched).
func newSpanish() *language {
	return newLanguage(strongSpanishMarkers(), spanishMarkers(), spanishPhrases(), spanishWords(), nil,
		// A regular verb's endings, longest first: "lanzaron" is the stem
		// lanz- (launch) and its ending.
		"ieron", "aron", "arán", "erán", "aban", "ando", "iendo", "ado", "ido", "ada", "ida", "aba", "ían", "ía", "ar",
		"er", "ir", "an", "en", "ió", "ó", "as", "es", "a", "e", "o")
}

// strongSpanishMarkers make a message Spanish alone.
func strongSpanishMarkers() map[string]bool {
	return setOf(`qué quién quiénes cuándo cuánto cuántos cuántas dónde cómo cuál cuáles según dijo
fue está están también después año ayer hoy artículo autor`)
}

// spanishMarkers are other Spanish words that English chat does not use.
func spanishMarkers() map[string]bool {
	return setOf(`el los las una del al con por para pero su sus lo le se muy más sobre este esta esto ese
esa eso es son era hay tiene che vale tío porfa quien cuando cuanto donde como cual parce cachai güey wey pues`)
}

// spanishPhrases are Spanish phrases and what they say in English.
func spanishPhrases() phraseTable {
	return parsePhrases(`
por qué = why
por que = why
mil millones = billion
estados unidos = us
lista negra = blacklist
a puerta cerrada = closed door
puerta cerrada = closed door
de qué va = what is about
de que va = what is about
a qué se dedica = what is his job
a que se dedica = what is his job
se le vino a la cabeza = thought
primer ministro = premier
inteligencia artificial = ai
cómo se llama = what is the name
como se llama = what is the name
o sea =
al final = in the end
sin embargo = but
se cayó = went down
se cayo = went down
por culpa de = because of
por culpa del = because of the
de afuera = from abroad
se le pasó por la cabeza = thought
se le paso por la cabeza = thought
se le cruzó por la cabeza = thought
se le cruzo por la cabeza = thought
pasó por la cabeza = thought
llamada de atención = wake up call
llamada de atencion = wake up call
a mediados de = in mid
cuántos años = how old
cuantos años = how old
cuantos anos = how old
nombre completo = full name
número de presidente = which number president
numero de presidente = which number president
qué número de presidente = which number president
`)
}

// spanishWords returns Spanish words and the English they stand for ("" for a
// word that says nothing).
func spanishWords() map[string]string {
	return map[string]string{
		"ia": "ai", "neta": "really", "onda": "", "lana": "money", "enero": "january", "anuncio": "announcement",
		"vieja": "old", "veces": "times", "técnica": "technical",
		"sacaron": "released", "sabotaje": "sabotage", "riesgo": "risk",
		"restringidos": "restricted", "recién": "newly", "recien": "newly", "pusieron": "put",
		"preocupaciones": "concerns", "potentes": "powerful", "pegaron": "hit", "pegó": "hit", "nuevos": "new",
		"nacimiento": "birth", "marca": "brand", "malo": "bad", "llegó": "came", "igualó": "matched",
		"gringo": "american", "gringa": "american", "gringos": "americans", "graduados": "graduates",
		"físicamente": "physically", "exportar": "export", "enfoque": "focus", "encogieron": "shrank",
		"dinero": "money", "comunidad": "community", "compitiendo": "competing", "cerró": "closed",
		"borró": "wiped", "avanzados": "advanced",
		// Regular verbs' stems (with an ending: spanish's suffixes).
		"lanz": "launched", "perd": "lost", "asust": "scared", "habl": "talked", "pregunt": "ask", "termin": "ended",
		"invit": "invited", "proces": "process", "vend": "sell", "dej": "let", "esfum": "vanished", "gust": "like",
		"logr": "achieved", "gan": "won", "baj": "fell", "cost": "cost", "entren": "trained", "compr": "bought",
		"prohib": "banned", "bloque": "blocked", "organiz": "hosted", "hosped": "hosted", "contrat": "hired",
		"reclut": "recruited", "invirt": "invested", "respald": "backed", "respond": "responded", "necesit": "need",
		"signific": "means", "compar": "compares", "llam": "called", "achic": "shrank", "manej": "ran",
		"pens": "think", "opin": "think", "explic": "explain", "censur": "censored", "evit": "avoids",
		"recort": "cut", "desplom": "plunged", "hund": "sank",
		// Question words and fillers.
		"qué": "what", "que": "what", "quién": "who", "quien": "who", "quiénes": "who", "quienes": "who",
		"cuándo": "when", "cuando": "when", "cuánto": "how much", "cuanto": "how much", "cuántos": "how many",
		"cuantos": "how many", "cuántas": "how many", "cuantas": "how many", "dónde": "where", "donde": "where",
		"cómo": "how", "como": "how", "cuál": "which", "cual": "which", "cuáles": "which", "cuales": "which",
		"porque": "why", "hola": "", "che": "", "vale": "", "tío": "", "tia": "", "porfa": "", "gracias": "", "bueno": "",
		"pues": "", "oye": "", "mira": "", "dale": "", "boludo": "", "güey": "", "wey": "", "jaja": "", "jajaja": "",
		"xd": "", "exactamente": "exactly", "todavía": "still", "aún": "still", "ya": "already", "digo": "",
		// Articles, pronouns and prepositions.
		"el": "the", "la": "the", "los": "the", "las": "the", "un": "a", "una": "a", "de": "of", "del": "of the",
		"al": "to the", "en": "in", "con": "with", "por": "by", "para": "for", "y": "and", "o": "or", "pero": "but",
		"su": "his", "sus": "his", "lo": "", "le": "", "les": "", "se": "", "me": "me", "él": "he", "ella": "she",
		"ellos": "they", "este": "this", "esta": "this", "esto": "this", "ese": "that", "esa": "that", "eso": "that",
		"muy": "very", "más": "more", "menos": "less", "sobre": "about", "entre": "between", "sin": "without",
		"también": "also", "todo": "all", "toda": "all", "todos": "all", "otro": "other", "otra": "other",
		"otros": "other", "mismo": "same", "misma": "same", "aparte": "besides", "antes": "before", "después": "after",
		"según": "according to",
		// Verbs.
		"es": "is", "son": "are", "fue": "was", "era": "was", "está": "is", "están": "are", "estaban": "were",
		"hay": "there is", "tiene": "has", "tenía": "had", "hizo": "did", "hace": "does", "hacía": "did",
		"dijo": "said", "dice": "says", "dicen": "say", "dijeron": "said", "cree": "thinks", "creen": "think",
		"piensa": "thinks", "opina": "thinks", "fundó": "founded", "fundada": "founded", "creó": "created",
		"nació": "born", "salió": "came out", "lanzó": "launched", "lanzamiento": "launch", "presentó": "unveiled",
		"perdió": "lost", "perdieron": "lost", "cayó": "fell", "cayeron": "fell", "bajó": "dropped", "subió": "rose",
		"costó": "cost", "usó": "used", "usa": "uses", "usaron": "used", "entrenó": "trained", "compró": "bought",
		"prohibió": "banned", "bloqueó": "blocked", "metió": "put", "puso": "put", "organizó": "hosted",
		"invitó": "invited", "invitado": "invited", "contrató": "hired", "contrata": "hires", "invirtió": "invested",
		"respaldan": "back", "bancó": "backed", "respondió": "responded", "necesita": "needs",
		"necesitaría": "would need", "necesitarían": "would need", "pasó": "happened", "significa": "means",
		"compara": "compares", "llama": "calls", "llamó": "called", "llamado": "called", "achicaron": "shrank",
		"achicó": "shrank", "quedó": "ended", "lograrlo": "achieve it", "logró": "achieved", "manejaba": "ran",
		"dame": "give me", "tuvo": "had", "saca": "gets", "sacó": "got", "saben": "know", "sabe": "knows",
		"pueden": "can", "puede": "can", "pasa": "happens",
		// Nouns and adjectives of the story.
		"artículo": "article", "articulo": "article", "autor": "author", "escritor": "writer", "empresa": "company",
		"compañía": "company", "fondo": "fund", "fundador": "founder", "modelo": "model", "mercado": "market",
		"bolsa": "stock market", "acción": "share", "acciones": "shares", "precio": "price", "valor": "value",
		"billones": "trillion", "millones": "million", "dólares": "dollars", "pérdida": "loss", "pérdidas": "losses",
		"chino": "chinese", "chinos": "chinese", "estadounidense": "american", "eeuu": "us", "presidente": "president",
		"gobierno": "government", "reunión": "meeting", "simposio": "symposium", "cita": "quote", "frase": "quote",
		"hormiga": "ant", "bichito": "creature", "chiquito": "small", "pequeño": "small", "pequeña": "small",
		"grande": "big", "barato": "cheap", "caro": "expensive", "año": "year", "mes": "month", "día": "day",
		"fecha": "date", "ayer": "yesterday", "hoy": "today", "edad": "age", "viejo": "old", "joven": "young",
		"jóvenes": "young", "ingenieros": "engineers", "gente": "people", "inversores": "investors",
		"analistas": "analysts", "tecnología": "technology", "sesgos": "biases", "problema": "problem",
		"razón": "reason", "pregunta": "question", "respuesta": "response", "dios": "god", "nuevo": "new",
		"primero": "first", "primera": "first", "anterior": "previous", "potente": "powerful", "infraestructura": "infrastructure",
		"dudas": "doubts", "desplome": "crash", "caída": "fall", "lío": "fuss", "ventaja": "advantage",
		"ventajas": "advantages", "perfil": "profile", "resumen": "summary", "ángulo": "angle", "experto": "expert",
		"técnico": "technical", "relación": "connection", "impacto": "impact", "as": "ace", "números": "numbers",
		"rápido": "quick", "inversionistas": "investors", "plata": "money", "culpa": "fault",
		"comercio": "trade", "hormiguita": "ant", "algo": "something", "tanta": "so much",
		"tanto": "so much", "afuera": "abroad", "razonamiento": "reasoning", "partido": "party", "censura": "censorship",
		"buenísimo": "good", "buenisimo": "good", "temas": "topics", "tema": "topic",
		"chips": "chips",
		"parce": "", "parcero": "", "marica": "", "vino": "came", "qien": "who", "porcentaje": "percent",
		"nombre": "name", "necesitaria": "would need", "nesecitaria": "would need", "negra": "black",
		"medallistas": "medalists", "hubo": "there was", "golpe": "blow", "escondido": "hidden",
		"oculto": "hidden", "cuánta": "how much", "cuanta": "how much", "cosa": "thing", "completo": "full",
		"cargo": "title", "cabeza": "mind", "años": "years", "anos": "years", "atención": "attention",
		"animalito": "creature", "bajón": "drop", "bajon": "drop", "mediados": "mid", "tiempo": "time",
		"prometían": "promised", "prometian": "promised", "mola": "", "mejora": "improvement", "lleva": "has been",
		"frente": "ahead", "buena": "good", "usaba": "used", "usaban": "used", "tal": "",
		"sospechosa": "suspicious", "sospechoso": "suspicious", "cruzó": "crossed", "correr": "run",
		"corre": "runs", "cachai": "", "po": "", "bacano": "good", "chévere": "good", "chevere": "good",
		"huevón": "", "weon": "", "manejar": "manage", "contrataba": "hired", "reclutó": "recruited",
		"medalla": "medal", "olimpiadas": "olympiads", "ganadores": "winners", "estudiantes": "students",
		"universidades": "universities", "apagón": "outage", "caído": "down", "caida": "fall",
		"tumbó": "knocked down", "tumbaron": "knocked down", "derrumbe": "crash", "derrumbó": "crashed",
		"desplomó": "plunged", "hundió": "sank", "esfumó": "vanished",
	}
}
