package knowledge

// newFrench builds what reads French and Quebec French mixed into English chat ("genre,
// c'est quoi R1?", "pis combien nvidia a perdu", "qui a fondé deepseek").
func newFrench() *language {
	return newLanguage(strongFrenchMarkers(), frenchMarkers(), frenchPhrases(), frenchWords(),
		frenchElisions)
}

// frenchElisions are the French words that lose their vowel before
// another and are typed joined to it once the apostrophe is gone
// ("lauteur" for l'auteur); before a name of the base too ("quopenai"
// for qu'OpenAI: Index.declinedName).
var frenchElisions = []string{"qu", "l", "d", "j", "n", "s", "c", "m", "t"}

// strongFrenchMarkers make a message French alone: French question words
// and verbs no English sentence has.
func strongFrenchMarkers() map[string]bool {
	return setOf(`qui quoi quand combien pourquoi cest quest où était etait ont sont pis tsé cétait cetait`)
}

// frenchMarkers are other French words that English chat does not use.
func frenchMarkers() map[string]bool {
	return setOf(`le les du des est tse une avec pour dans ça je vous nous il elle ils cette ces quel quelle
quels quelles été très tres trop mais donc alors parce pas aussi leur leurs lauteur larticle ya yé ye faque fak
coudonc ben tsais mettons ouin moé toé chu jsuis jai sest quon quil pk ctait cte icitte yé`)
}

// frenchPhrases are French phrases of two or three words and what they
// say in English, looked up before single words.
func frenchPhrases() phraseTable {
	return parsePhrases(`
cest quoi = what is
cétait quoi = what was
cetait quoi = what was
cest qui = who is
cétait qui = who was
cetait qui = who was
cest quand = when is
cest où = where is
cest ou = where is
quest ce que = what
quest ce qui = what
kessé que = what
kossé que = what
est ce que =
est ce quon =
est ce quil = he
premier ministre = premier
liste noire = blacklist
mille milliards = trillion
fonds spéculatif = hedge fund
fonds speculatif = hedge fund
états unis = us
etats unis = us
intelligence artificielle = ai
il y a = ago
y a tu =
à cause = because
a cause = because
parce que = because
en fait =
par rapport = about
au sujet = about
mise à jour = update
à propos = about
a propos = about
c quoi = what is
c koi = what is
cest koi = what is
quel âge = how old
quel age = how old
à peu près = roughly
a peu pres = roughly
combien de temps = how long
mettre la main sur = get
quel genre de = what kind of
le même jour = the same day
le meme jour = the same day
combien de = how many
combien d = how many
c qui = who is
c quand = when is
huis clos = closed door
à huis clos = behind closed doors
a huis clos = behind closed doors
en avance = ahead
au final = in the end
sest dit = thought
en premier = first
combien de fois = how many times
moins cher = cheaper
moins chère = cheaper
estce que =
à la fin = at the end
a la fin = at the end
à cause de = because of
a cause de = because of
à cause du = because of the
a cause du = because of the
mangé une claque = took a hit
a mangé une claque = took a hit
manger une claque = take a hit
dans la game = competitive
vaut la peine = is worth it
pis après = and after
qui a parti = who started
a parti = started
`)
}

// frenchWords returns French words and the English they stand for ("" for a
// word that says nothing: articles, fillers). Each is also looked up
// without its accents, as people often type it.
func frenchWords() map[string]string {
	return map[string]string{
		// Question words and fillers.
		"qui": "who", "quoi": "what", "quand": "when", "combien": "how much", "pourquoi": "why", "où": "where",
		"comment": "how", "quel": "which", "quelle": "which", "quels": "which", "quelles": "which", "que": "what",
		"kessé": "what", "kossé": "what", "cest": "it is", "cétait": "it was", "sest": "it", "ya": "there is",
		"genre": "", "tsé": "", "tsais": "", "ben": "", "bin": "", "là": "", "pis": "and", "coudonc": "", "faque": "so", "fak": "so",
		"mettons": "", "ouin": "", "ostie": "", "tabarnak": "", "câlisse": "", "calisse": "", "crisse": "", "voyons": "",
		"bon": "", "bref": "", "alors": "so", "donc": "so", "mais": "but", "ou": "or", "et": "and", "aussi": "also",
		"svp": "", "merci": "", "allo": "", "salut": "", "bonjour": "", "moé": "me", "toé": "you", "chu": "i am",
		"jsuis": "i am", "jai": "i have", "quon": "that", "quil": "he",
		// Articles, pronouns and prepositions.
		"le": "the", "la": "the", "les": "the", "l": "", "un": "a", "une": "a", "des": "", "du": "", "de": "of", "d": "",
		"au": "to the", "aux": "to the", "à": "to", "en": "in", "dans": "in", "sur": "on", "avec": "with", "pour": "for",
		"par": "by", "sans": "without", "avant": "before", "après": "after", "depuis": "since", "entre": "between",
		"contre": "against", "selon": "according to", "chez": "at", "ce": "this", "cette": "this", "ces": "these",
		"cet": "this", "il": "he", "elle": "she", "ils": "they", "elles": "they", "on": "we", "je": "i", "tu": "you",
		"vous": "you", "nous": "we", "son": "his", "sa": "his", "ses": "his", "leur": "their", "leurs": "their",
		"lui": "him", "ça": "it", "ca": "it", "y": "", "ne": "", "pas": "not", "plus": "more", "moins": "less",
		"très": "very", "trop": "too", "vraiment": "really", "encore": "still", "déjà": "already", "juste": "just",
		// Verbs.
		"est": "is", "sont": "are", "était": "was", "étaient": "were", "été": "been", "a": "has", "ont": "have",
		"avait": "had", "fait": "did", "faire": "do", "dit": "said", "dire": "say", "disait": "said", "pense": "think",
		"pensait": "thought", "croit": "believes", "fondé": "founded", "fondée": "founded", "fonder": "found",
		"créé": "created", "créée": "created", "né": "born", "lancé": "launched", "lancée": "launched", "lance": "launches",
		"sorti": "released", "sortie": "release", "sortir": "release", "annoncé": "announced", "dévoilé": "unveiled",
		"présenté": "unveiled", "perdu": "lost", "perdre": "lose", "perd": "loses", "gagné": "won", "coûté": "cost",
		"coûte": "costs", "coût": "cost", "vaut": "worth", "valait": "worth", "chuté": "fell", "chute": "fall",
		"tombé": "fell", "tombée": "fell", "baissé": "dropped", "baisse": "drop", "monté": "rose", "hausse": "rise",
		"effondré": "crashed", "plongé": "plunged", "utilisé": "used", "utilise": "uses", "utiliser": "use",
		"entraîné": "trained", "acheté": "bought", "vendu": "sold", "payé": "paid", "interdit": "banned",
		"interdire": "ban", "bloqué": "blocked", "banni": "banned", "blacklisté": "blacklisted", "accusé": "accused",
		"piraté": "hacked", "attaqué": "attacked", "invité": "invited", "rencontré": "met", "rencontre": "meeting",
		"embauche": "hires", "embauché": "hired", "recrute": "recruits", "engage": "hires", "veut": "wants",
		"peut": "can", "pourrait": "could", "va": "will", "besoin": "need", "manque": "lack", "compare": "compares",
		"comparé": "compared", "appelé": "called", "appelle": "calls", "parlé": "talked", "parle": "talks",
		"arrivé": "happened", "passé": "happened", "signifie": "means", "répondu": "responded",
		"réagi": "reacted", "assermenté": "sworn in", "investi": "invested", "soutient": "backs", "soutenu": "backed",
		// Nouns and adjectives of the story.
		"fondateur": "founder", "fondatrice": "founder", "pdg": "ceo", "patron": "boss", "chef": "head",
		"entreprise": "company", "entreprises": "companies", "compagnie": "company", "compagnies": "companies",
		"société": "company", "boîte": "company", "puce": "chip", "puces": "chips", "processeur": "processor",
		"processeurs": "processors", "modèle": "model", "modèles": "models", "ia": "ai", "marché": "market",
		"marchés": "markets", "bourse": "stock market", "boursier": "stock market", "action": "share", "actions": "shares",
		"valeur": "value", "prix": "price", "milliard": "billion", "milliards": "billion", "argent": "money",
		"perte": "loss", "pertes": "losses", "chinois": "chinese", "chinoise": "chinese", "chinoises": "chinese",
		"chine": "china", "américain": "american", "américaine": "american", "américains": "americans",
		"américaines": "american", "président": "president", "ministre": "minister", "gouvernement": "government",
		"administration": "administration", "interdiction": "ban", "exportation": "export", "exportations": "exports",
		"contrôles": "controls", "contrôle": "control", "restrictions": "restrictions", "auteur": "author",
		"autrice": "author", "écrivain": "writer", "citation": "quote", "phrase": "quote", "panne": "outage",
		"attaque": "attack", "pirates": "hackers", "utilisateurs": "users", "ingénieurs": "engineers",
		"ingénieur": "engineer", "jeunes": "young", "jeune": "young", "fonds": "fund", "investisseurs": "investors",
		"analystes": "analysts", "réunion": "meeting", "colloque": "symposium", "lancement": "launch",
		"date": "date", "jour": "day", "mois": "month", "année": "year", "an": "year", "ans": "years",
		"âge": "age", "vieux": "old", "vieille": "old", "aujourdhui": "today", "demain": "tomorrow",
		"hier": "yesterday", "semaine": "week", "janvier": "january", "juillet": "july", "petit": "small",
		"petite": "small", "petits": "small", "gros": "big", "grosse": "big", "grand": "big", "grande": "big",
		"cher": "expensive", "chers": "expensive", "meilleur": "best", "premier": "first", "première": "first",
		"dernier": "last", "dernière": "last", "nouveau": "new", "nouvelle": "new", "nouvelles": "news",
		"pays": "country", "ville": "city", "raison": "reason", "problème": "problem",
		"leçon": "lesson", "conseil": "advice", "avis": "opinion", "opinion": "opinion", "vue": "view",
		"fourmi": "ant", "outsider": "underdog", "négligé": "underrated", "sous-estimé": "underrated",
		"sousestimé": "underrated", "confiance": "confidence", "dieu": "god", "réponse": "response",
		"infrastructure": "infrastructure", "talents": "talent", "médaille": "medal", "médailles": "medals",
		"olympiades": "olympiad", "universités": "universities", "université": "university", "technologie": "technology",
		"techno": "tech", "géopolitique": "geopolitics", "économie": "economics", "affaires": "business",
		"coup": "blow", "choc": "shock", "panique": "panic", "record": "record", "sommet": "peak",
		"capitalisation": "market cap", "dépenses": "spending", "concurrence": "competition", "concurrents": "rivals",
		"rival": "rival", "rivaux": "rivals", "article": "article", "histoire": "story", "vrai": "true", "faux": "false",
		"koi": "what", "cque": "what", "visait": "targeted", "visé": "targeted", "anglais": "english", "être": "being",
		"avantage": "advantage", "avantages": "advantages", "choisissait": "picked", "choisit": "picks", "actifs": "assets",
		"passés": "went", "débâcle": "debacle", "mauvais": "bad", "mauvaise": "bad", "bonne": "good",
		"finalement": "", "temps": "time", "existe": "exists", "toute": "all", "tout": "all", "affaire": "affair",
		"effacé": "wiped", "effacés": "wiped", "boursière": "stock market", "peuvent": "can", "rouler": "run",
		"grosseur": "size", "taille": "size", "paniqué": "panicked", "investissement": "investment", "pose": "asks",
		"réussi": "succeeded", "fortes": "powerful", "forte": "powerful", "fort": "powerful", "puissantes": "powerful",
		"risque": "risk", "monde": "people", "recrutement": "recruiting", "olympiade": "olympiad", "étranger": "abroad",
		"spécial": "special", "spéciale": "special", "combientième": "which number", "louche": "suspicious",
		"organisait": "hosted", "organisé": "hosted", "pékin": "beijing", "sujet": "topic", "sujets": "topics",
		"ouvert": "open", "fermé": "closed", "fermée": "closed", "demande": "ask", "demandé": "asked", "censure": "censorship",
		"reflète": "reflects", "inquiétudes": "worries", "inquiétude": "worry", "vient": "comes", "faudrait": "would need",
		"pouvoir": "be able", "beaucoup": "a lot", "césar": "caesar", "anné": "year", "même": "same", "meme": "same",
		"combein": "how much", "mis": "put", "mettre": "put", "donné": "gave", "donne": "gives", "répondre": "answer",
		"expression": "expression", "proverbe": "proverb", "dicton": "saying", "frappé": "struck", "début": "beginning",
		"exactement": "exactly", "autres": "other", "autre": "other", "invités": "guests", "leçons": "lessons", "impact": "impact", "raisons": "reasons", "inauguration": "inauguration", "linauguration": "inauguration",
		"tête": "mind", "lien": "link", "interdictions": "bans", "faisait": "did", "eu": "had", "gérait": "managed",
		"gerait": "managed", "débarque": "crash", "fondu": "shrank", "fondre": "shrink", "fini": "ended", "finit": "ended",
		"effacer": "wiped", "fois": "times", "égalé": "matched", "égaler": "match", "rattrapé": "caught up with",
		"concurrent": "rival", "numéro": "number", "résultat": "outcome", "planté": "crashed",
		"plante": "crashed", "prendrait": "would need", "malgré": "despite",
		"ressemble": "resembles", "ressemblance": "resemblance", "chose": "thing", "choses": "things", "mios": "months",
		"quell": "which", "aprs": "after", "investiseurs": "investors", "ancien": "old", "ancienne": "old",
		"doutes": "doubts", "doute": "doubt", "recruté": "recruited",
		"business":  "business",
		"utilisait": "used", "utilisaient": "used", "lia": "the ai", "allé": "went", "allée": "went",
		"aller": "go", "pensent": "think", "daprès": "according to", "dapres": "according to",
		"naissance": "birth", "accès": "access", "acces": "access", "crashé": "crashed", "plutôt": "",
		"voyant": "seeing", "nonante": "90", "septante": "70", "huitante": "80", "cinq": "5", "mille": "thousand",
		"pourcent": "percent", "vont": "will", "suffire": "suffice", "suffisent": "suffice",
		"freiner": "slow down", "sous": "under", "communiqué": "statement", "communique": "statement",
		"nest": "is not", "publique": "public", "gardent": "keep", "garder": "keep", "garde": "keeps",
		"cité": "quoted", "cités": "quoted", "citée": "quoted", "fin": "end", "retour": "return", "ptet": "maybe",
		"peutêtre": "maybe", "dailleurs": "", "enfait": "", "carrément": "really", "grave": "really",
		"boite": "company", "startup": "startup", "fric": "money", "thunes": "money", "balles": "dollars",
		"mec": "guy", "gars": "guy", "keum": "guy", "ouf": "crazy", "dingue": "crazy", "chelou": "weird",
		"coute": "cost", "entraine": "trained", "entraînement": "training", "modele": "model",
		"raisonnement": "reasoning", "puissance": "power", "sanctionné": "blacklisted", "sanction": "sanction",
		"sanctions": "sanctions", "liste": "list", "noire": "black", "veille": "day before",
		"pk": "why", "yé": "he is", "ye": "he is", "yauraient": "they would have", "yaurait": "they would have",
		"titre": "share", "titres": "shares", "surtout": "", "sortes": "kinds", "sorte": "kind",
		"saboter": "sabotage", "rester": "stay", "passée": "went", "née": "born", "nombre": "number",
		"malédiction": "curse", "bénédiction": "blessing", "mal": "harm", "jasé": "talked", "jaser": "talk",
		"hôte": "host", "engagé": "hired", "efficacité": "efficiency", "efficasité": "efficiency",
		"débandade": "collapse", "concentrent": "focus", "concentre": "focuses", "claque": "blow",
		"aurait": "would have", "sappelait": "was called", "sappelle": "is called", "appelait": "called",
		"ctait": "was", "cte": "this", "icitte": "here", "parti": "started", "partie": "started", "journée": "day",
		"roule": "runs", "peine": "worth", "efficace": "efficient", "limité": "limited", "limités": "limited",
		"dollars": "dollars", "piastres": "dollars", "piasses": "dollars", "cenne": "cent", "game": "game",
		"frapper": "hit",
	}
}
