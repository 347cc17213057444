package llm

import (
	"context"
	"strings"
	"testing"
)

// BenchmarkSummarizeCacheHit measures a summary served from the in-memory
// cache: key hashing, lookup and metrics (target < 5 µs/op).
func BenchmarkSummarizeCacheHit(b *testing.B) {
	fake := newFakeLLM(b, replyWith(groundedNvidia))
	c, _, _ := testClient(b, fake, nil)
	req := nvidiaRequest(b)
	ctx := context.Background()
	if _, err := c.Summarize(ctx, req); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := c.Summarize(ctx, req); err != nil {
			b.Fatal(err)
		}
	}
	if n := fake.requests.Load(); n != 1 {
		b.Fatalf("the fake got %d requests; want 1", n)
	}
}

// longGroundedAnswer is a grounded answer of about 300 tokens (about 1,300
// characters, 230 words) citing four facts.
const longGroundedAnswer = "Nvidia's shares tumbled 17% to $118.58 on investor worries about DeepSeek, down from their record close of $149.43 [nvidia-shares-fall]. " +
	"On 6 January 2025 Nvidia's shares had closed at that record high of $149.43, according to the article [nvidia-record-close]. " +
	"DeepSeek released its R1 reasoning model on January 20th, 2025, the same day Donald Trump was sworn in as president [r1-release]. " +
	"The article says DeepSeek's rise wiped out close to $1 trillion from giants such as Nvidia, about 1,000 billion dollars [market-wipeout]. " +
	"However, the record close of 149.43 dollars came before the fall of 17 percent to 118.58 dollars, as investors worried about DeepSeek [nvidia-shares-fall, nvidia-record-close]. " +
	"So the shares of Nvidia, which closed at a record on 6 January, tumbled after DeepSeek released R1 on 20 January 2025 [nvidia-record-close, r1-release]. " +
	"In short, DeepSeek's R1 model came out the day Donald Trump was sworn in, and the rise of DeepSeek wiped close to one trillion dollars from giants such as Nvidia [r1-release, market-wipeout]. " +
	"Investors worried about DeepSeek, and Nvidia's shares tumbled 17% to $118.58 from the record high of $149.43 [nvidia-shares-fall]. " +
	"The article says the same day DeepSeek released R1, on 20 January 2025, Donald Trump was sworn in as president [r1-release]. " +
	"Nvidia and other giants lost close to $1 trillion as DeepSeek rose [market-wipeout]."

// BenchmarkGuard measures the grounding guard on a ~300-token answer
// (target < 20 µs/op).
func BenchmarkGuard(b *testing.B) {
	kb := loadKB(b)
	facts := factsOf(b, kb, "nvidia-shares-fall", "nvidia-record-close", "r1-release", "market-wipeout", "liang-born")
	if err := Guard(longGroundedAnswer, facts); err != nil {
		b.Fatalf("Guard(long answer) = %v; want grounded", err)
	}
	b.SetBytes(int64(len(longGroundedAnswer)))
	b.ReportAllocs()
	for b.Loop() {
		if err := Guard(longGroundedAnswer, facts); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkGuardColdFacts is the guard when every fact's evidence must be
// built (the first summary after a knowledge reload).
func BenchmarkGuardColdFacts(b *testing.B) {
	kb := loadKB(b)
	facts := factsOf(b, kb, "nvidia-shares-fall", "nvidia-record-close", "r1-release", "market-wipeout", "liang-born")
	b.ReportAllocs()
	for b.Loop() {
		evidenceCache.mu.Lock()
		clear(evidenceCache.m)
		evidenceCache.mu.Unlock()
		if err := Guard(longGroundedAnswer, facts); err != nil {
			b.Fatal(err)
		}
	}
}

func TestLongGroundedAnswerSize(t *testing.T) {
	// About 300 tokens: roughly 4 characters or 0.75 words a token.
	if words := len(strings.Fields(longGroundedAnswer)); words < 200 || words > 260 {
		t.Errorf("longGroundedAnswer has %d words; want about 230 (300 tokens)", words)
	}
}
