package feed

import (
	"fmt"
	"strings"
	"time"

	"github.com/paperfeed/paperfeed/article"
)

// labels are the words pages and feed content use, in one language.
type labels struct {
	roles         map[article.Role]string
	creditFormat  string // label, names
	nameSep       string // between names of one role
	contactFormat string // after a name: how to reach the person
	creditSep     string // between roles
	pageFormat    string // "第%s版"
	continuedOn   string // "（下转第%s版）"
	continuedFrom string // "（上接第%s版）"
	untitled      string
	recent        string
	empty         string
	home          string
	subscribe     string
	search        string // the search button
	results       string // heading of search results, "%s" the query
}

// zhLabels and enLabels are never modified.
var (
	zhLabels = &labels{
		roles: map[article.Role]string{
			article.RoleReporter:      "记者",
			article.RoleCorrespondent: "通讯员",
			article.RoleWriter:        "撰稿",
			article.RolePhotographer:  "摄影",
			article.RoleGraphics:      "制图",
			article.RoleEditor:        "编辑",
			article.RoleDesigner:      "版式设计",
			article.RoleProofreader:   "校对",
			article.RoleAuthor:        "作者",
		},
		creditFormat:  "%s：%s",
		nameSep:       "、",
		contactFormat: "（%s）",
		creditSep:     "　",
		pageFormat:    "第%s版",
		continuedOn:   "（下转第%s版）",
		continuedFrom: "（上接第%s版）",
		untitled:      "（无标题）",
		recent:        "最新文章",
		empty:         "暂无文章。",
		home:          "首页",
		subscribe:     "订阅：",
		search:        "搜索",
		results:       "“%s”的搜索结果",
	}
	enLabels = &labels{
		roles: map[article.Role]string{
			article.RoleReporter:      "Reporter",
			article.RoleCorrespondent: "Correspondent",
			article.RoleWriter:        "Writer",
			article.RolePhotographer:  "Photographer",
			article.RoleGraphics:      "Graphics",
			article.RoleEditor:        "Editor",
			article.RoleDesigner:      "Designer",
			article.RoleProofreader:   "Proofreader",
			article.RoleAuthor:        "Author",
		},
		creditFormat:  "%s: %s",
		nameSep:       ", ",
		contactFormat: " (%s)",
		creditSep:     "; ",
		pageFormat:    "Page %s",
		continuedOn:   "(Continued on page %s)",
		continuedFrom: "(Continued from page %s)",
		untitled:      "(Untitled)",
		recent:        "Latest articles",
		empty:         "No articles yet.",
		home:          "Home",
		subscribe:     "Subscribe: ",
		search:        "Search",
		results:       "Search results for “%s”",
	}
)

// labelsFor returns the labels for a language tag: Chinese for zh and its
// variants, English otherwise.
func labelsFor(lang string) *labels {
	if l := strings.ToLower(lang); l == "zh" || strings.HasPrefix(l, "zh-") {
		return zhLabels
	}
	return enLabels
}

// role returns the readable label of an author role.
func (l *labels) role(r article.Role) string {
	if s, ok := l.roles[r]; ok {
		return s
	}
	return l.roles[article.RoleAuthor]
}

// credits groups authors by role, in order of first appearance, as
// "撰稿：俞超" or "Writer: Jane Doe, John Roe", each name followed by the
// contact printed with it: "Reporter: Jane Doe (jdoe@example.com)".
func (l *labels) credits(authors []article.Author) []string {
	var roles []article.Role
	names := make(map[article.Role][]string)
	for _, a := range authors {
		name := clean(a.Name)
		if name == "" {
			continue
		}
		if _, ok := names[a.Role]; !ok {
			roles = append(roles, a.Role)
		}
		if c := clean(a.Contact); c != "" {
			name += fmt.Sprintf(l.contactFormat, c)
		}
		names[a.Role] = append(names[a.Role], name)
	}
	out := make([]string, 0, len(roles))
	for _, r := range roles {
		out = append(out, fmt.Sprintf(l.creditFormat, l.role(r), strings.Join(names[r], l.nameSep)))
	}
	return out
}

// page returns the label of a page number, as "第2版" or "Page A2".
func (l *labels) page(number string) string {
	return fmt.Sprintf(l.pageFormat, number)
}

// date formats a day for readers.
func (l *labels) date(t time.Time) string {
	if l == zhLabels {
		return fmt.Sprintf("%d年%d月%d日", t.Year(), int(t.Month()), t.Day())
	}
	return t.Format("2 January 2006")
}
