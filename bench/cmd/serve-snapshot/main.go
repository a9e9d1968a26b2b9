// Serve-snapshot renders a fixed, synthetic set of articles with
// paperfeed's feed package and either writes the snapshot to a folder
// (-out), serves it with feed.Handler on a loopback address (-addr), or
// both. bench/nginx-compare.sh uses it to have nginx and paperfeed serve the
// same bytes.
//
// Usage:
//
//	serve-snapshot [-n 50] [-base-url URL] [-out DIR] [-addr 127.0.0.1:PORT] [-timeouts serve|header|none]
//
// -timeouts chooses the http.Server timeouts: serve (the default) those of
// paperfeed serve, header only ReadHeaderTimeout (with IdleTimeout), none
// no timeout at all, to measure what the deadlines cost per request.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"net"
	"net/http"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/paperfeed/paperfeed/article"
	"github.com/paperfeed/paperfeed/feed"
	"github.com/paperfeed/paperfeed/publish"
)

func main() {
	n := flag.Int("n", 50, "how many articles to render")
	base := flag.String("base-url", "http://127.0.0.1:18080/", "the base URL the outputs name")
	out := flag.String("out", "", "write the snapshot into this folder")
	addr := flag.String("addr", "", "serve the snapshot on this loopback address, e.g. 127.0.0.1:18080")
	timeouts := flag.String("timeouts", "serve", "the server's timeouts: serve (paperfeed serve's), header (ReadHeaderTimeout and IdleTimeout) or none")
	flag.Parse()
	if err := run(*n, *base, *out, *addr, *timeouts); err != nil {
		fmt.Fprintln(os.Stderr, "serve-snapshot:", err)
		os.Exit(1)
	}
}

func run(n int, base, out, addr, timeouts string) error {
	if out == "" && addr == "" {
		return errors.New("give -out, -addr or both")
	}
	srv := &http.Server{Addr: addr}
	switch timeouts {
	case "serve": // the timeouts of paperfeed serve
		srv.ReadHeaderTimeout = 5 * time.Second
		srv.ReadTimeout = 10 * time.Second
		srv.WriteTimeout = 30 * time.Second
		srv.IdleTimeout = 2 * time.Minute
	case "header":
		srv.ReadHeaderTimeout = 5 * time.Second
		srv.IdleTimeout = 2 * time.Minute
	case "none":
	default:
		return fmt.Errorf("-timeouts %q: want serve, header or none", timeouts)
	}
	loc := time.FixedZone("CST", 8*60*60)
	start := time.Now()
	snap, err := feed.Render(feed.Config{Title: "基准测试报", BaseURL: base, Location: loc}, items(n, loc), nil)
	if err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "rendered %d articles in %s\n", snap.Len(), time.Since(start).Round(time.Millisecond))
	if out != "" {
		if err := publish.WriteSite(out, snap); err != nil {
			return err
		}
	}
	if addr == "" {
		return nil
	}
	host, _, err := net.SplitHostPort(addr)
	if ip := net.ParseIP(host); err != nil || ip == nil || !ip.IsLoopback() {
		return fmt.Errorf("-addr %q: only loopback addresses are allowed", addr)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	h := feed.NewHandler(slog.New(slog.NewTextHandler(os.Stderr, nil)))
	h.Swap(snap)
	srv.Handler = h
	errc := make(chan error, 1)
	go func() { errc <- srv.ListenAndServe() }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	shut, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	return srv.Shutdown(shut)
}

// items returns n articles, newest first, shaped like a district paper's:
// a headline group, a dateline, six paragraphs, a subhead and a byline.
// The text is drawn from common characters by a seeded generator, so it
// compresses about as well as real Chinese news (about 2.5:1) and every
// run makes the same bytes.
func items(n int, loc *time.Location) []feed.Item {
	out := make([]feed.Item, n)
	day := time.Date(2025, 11, 10, 0, 0, 0, 0, loc)
	for i := range out {
		rng := rand.New(rand.NewPCG(uint64(i), 2025))
		date := day.AddDate(0, 0, -i/8)
		p := article.Piece{
			Kind: article.KindArticle,
			Headlines: []article.Headline{
				{Role: article.RoleKicker, Text: text(rng, 18)},
				{Role: article.RoleTitle, Text: text(rng, 12)},
			},
			Dateline: "本报讯",
			Authors:  []article.Author{{Name: "李华成", Role: article.RoleWriter}},
		}
		for j := 0; j < 6; j++ {
			if j == 3 {
				p.Body = append(p.Body, article.Block{Kind: article.BlockSubhead, Text: text(rng, 9)})
			}
			p.Body = append(p.Body, article.Block{Kind: article.BlockParagraph, Text: text(rng, 120) + "。"})
		}
		out[i] = feed.Item{
			ID:         fmt.Sprintf("%020x", i+1),
			Piece:      p,
			PageDate:   article.Date{Year: date.Year(), Month: date.Month(), Day: date.Day()},
			PageNumber: fmt.Sprint(i%8 + 1),
			PageName:   "要闻",
			Published:  date,
			Updated:    date,
		}
	}
	return out
}

// common holds frequent characters of Chinese news text.
const common = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞"

// text returns n characters of text with a comma now and then.
func text(rng *rand.Rand, n int) string {
	chars := []rune(common)
	var b strings.Builder
	for k := 0; k < n; k++ {
		if k > 0 && rng.IntN(12) == 0 {
			b.WriteString("，")
		}
		b.WriteRune(chars[rng.IntN(len(chars))])
	}
	return b.String()
}
