package feed

import (
	"strings"
	"testing"
	"time"

	"github.com/paperfeed/paperfeed/article"
)

// TestDatelineAuthorsNotCreditedTwice checks that a reporter named in the
// dateline is not repeated in the credit line, while other authors are.
func TestDatelineAuthorsNotCreditedTwice(t *testing.T) {
	it := Item{
		ID: "0123456789abcdef0123",
		Piece: article.Piece{
			Kind:      article.KindArticle,
			Headlines: []article.Headline{{Role: article.RoleTitle, Text: "社区开展义诊"}},
			Dateline:  "本报讯（记者 王小明）",
			Body:      []article.Block{{Kind: article.BlockParagraph, Text: "新华社区开展义诊活动。"}},
			Authors: []article.Author{
				{Name: "王小明", Role: article.RoleReporter},
				{Name: "李华", Role: article.RolePhotographer},
			},
		},
		Published: time.Date(2025, 11, 10, 0, 0, 0, 0, time.UTC),
	}
	atom, _, _, err := RenderDoc(Config{BaseURL: "https://example.org/"}, MainDoc(), []Item{it})
	if err != nil {
		t.Fatal(err)
	}
	content := string(atom[strings.Index(string(atom), "<content"):])
	content = content[:strings.Index(content, "</content>")]
	if n := strings.Count(content, "王小明"); n != 1 {
		t.Errorf("content names 王小明 %d times, want once (in the dateline):\n%s", n, content)
	}
	if !strings.Contains(content, "李华") {
		t.Errorf("content lost the photographer's credit:\n%s", content)
	}
}
