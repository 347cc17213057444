package knowledge

// newVietnamese builds what reads Vietnamese mixed into English chat ("ai là người sáng
// lập deepseek?", "nvidia giảm bao nhiêu phần trăm"), with or without its
// tone marks for the commonest words. "ai" is who only where Vietnamese
// asks it ("ai là", "là ai"): alone it stays AI.
func newVietnamese() *language {
	return newLanguage(strongVietnameseMarkers(), vietnameseMarkers(), vietnamesePhrases(), vietnameseWords(), nil)
}

// strongVietnameseMarkers make a message Vietnamese alone.
func strongVietnameseMarkers() map[string]bool {
	return setOf(`gì nào đâu nhiêu sao của không được những người nhé ạ vậy thế bao`)
}

// vietnameseMarkers are other Vietnamese words that English chat does not
// use.
func vietnameseMarkers() map[string]bool {
	return setOf(`là và có cho với này đó trong khi năm giá công ty tác giả bài nói`)
}

// vietnamesePhrases are Vietnamese phrases and what they say in English.
func vietnamesePhrases() phraseTable {
	return parsePhrases(`
ai là = who is
là ai = who is
ai đã = who
ai sáng lập = who founded
khi nào = when
lúc nào = when
bao nhiêu = how much
bao lâu = how long
tại sao = why
vì sao = why
tai sao = why
vi sao = why
ở đâu = where
o dau = where
năm nào = what year
cái gì = what
là gì = what is
la gi = what is
sáng lập = founded
thành lập = founded
người sáng lập = founder
cổ phiếu = shares
công ty = company
tác giả = author
bài báo = article
bài viết = article
con kiến = ant
nhà đầu tư = investors
chính phủ = government
danh sách đen = blacklist
thủ tướng = premier
hội nghị = meeting
cuộc họp = meeting
kỹ sư = engineers
phần trăm = percent
nghìn tỷ = trillion
ngừng hoạt động = went down
tấn công = attack
phá hoại = sabotage
kiểm duyệt = censorship
lý do = reason
vấn đề = problem
tài sản = assets
mô hình = model
ra mắt = launched
phát hành = released
công bố = unveiled
kỷ lục = record
đóng cửa = closed
trung quốc = china
hôm qua = yesterday
hôm nay = today
tháng này = this month
năm ngoái = last year
bài học = lesson
đầu tiên = first
ý nghĩa = meaning
câu hỏi = question
câu nói = quote
sử dụng = used
có lợi gì = what advantage
góc độ = angle
như thế nào = how
trông như thế nào = what does look like
so sánh = compare
tổng thống = president
thứ mấy = which number
anh ấy = he
ông ấy = he
trước đó = before
nghe tin = heard the news
hay không = or not
xuất khẩu = export
lệnh cấm = ban
lệnh cấm xuất khẩu = export ban
thị trường = market
chứng khoán = stock
thị trường chứng khoán = stock market
trả lời = answer
sự kiện = event
góc nhìn = angle
nhạy cảm = sensitive
chủ đề = topic
né tránh = avoid
bình luận = comment
kỹ thuật = technical
dân kỹ thuật = technical person
xử lý = process
ảnh hưởng = affect
đưa vào = put on
giới đầu tư = investors
tham số = parameters
trùng ngày = same day
kiểu người = kind of people
làm nghề gì = what job
nghề gì = what job
sau đó = after that
bao nhiêu tuổi = how old
mấy tuổi = how old
đi đâu = went where
gầy hay mập = lean or fat
hôm đó = that day
`)
}

// vietnameseWords returns Vietnamese words and the English they stand for (""
// for a word that says nothing).
func vietnameseWords() map[string]string {
	return map[string]string{
		"gì": "what", "gi": "what", "nào": "which", "đâu": "where", "sao": "why", "là": "is", "của": "of", "và": "and",
		"có": "has", "không": "", "được": "", "những": "", "các": "", "nhé": "", "ạ": "", "à": "", "nhỉ": "", "vậy": "",
		"thế": "", "cho": "for", "với": "with", "này": "this", "đó": "that", "trong": "in", "khi": "when", "theo": "according to",
		"người": "person", "sinh": "born", "năm": "year", "tháng": "month", "ngày": "day", "giá": "price", "giảm": "fell",
		"mất": "lost", "nói": "said", "nhỏ": "small", "lớn": "big", "cấm": "banned", "trẻ": "young", "tuổi": "age",
		"đô": "dollars", "tỷ": "billion", "sập": "crashed", "tránh": "avoid", "tiền": "money", "quỹ": "fund",
		"mỹ": "us", "dùng": "used", "cần": "need", "bị": "was", "đã": "", "sẽ": "will", "gặp": "met",
		"mời": "invited", "nghĩ": "thinks", "chip": "chips", "tuyển": "hired", "hỏi": "ask",
		"bán": "sold", "lợi": "advantage", "viết": "wrote", "họp": "meeting", "rồi": "", "hay": "or", "lại": "",
		"đi": "went", "trông": "looks", "mấy": "how many", "trước": "before", "sau": "after", "tin": "news",
		"rớt": "fell", "ông": "", "ấy": "", "dân": "people", "phải": "", "từ": "from", "về": "about",
		"vào": "into", "đưa": "put", "làm": "do", "trùng": "same", "lệnh": "order", "thiếu": "lack",
		"nhìn": "look", "góc": "angle", "giới": "circle", "chưa": "not yet", "kiểu": "kind", "mập": "fat",
		"gầy": "lean", "nghề": "job", "hôm": "day", "xử": "process", "tham": "parameters", "cổ": "share",
		"phiếu": "share", "tác": "author", "giả": "author", "quốc": "country", "trung": "china",
	}
}
