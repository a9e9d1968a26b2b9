package feed

import "html/template"

// templates holds the HTML templates: "content" (an article as a fragment
// for the feeds), "article" (an article's page) and "index" (the front
// page). They are parsed once and only executed afterwards.
var templates = template.Must(template.New("feed").Parse(`
{{- define "body" -}}
{{if .From}}<p class="jump">{{.From}}</p>
{{end}}
{{- range .Blocks}}{{if .Subhead}}<h3>{{.Text}}</h3>
{{else}}<p>{{if .Dateline}}<strong class="dateline">{{.Dateline}}</strong>{{if .Text}} {{end}}{{end}}{{.Text}}</p>
{{end}}{{end}}
{{- if .On}}<p class="jump">{{.On}}</p>
{{end}}
{{- if .Credits}}<p class="byline">{{range $i, $c := .Credits}}{{if $i}}{{$.Sep}}{{end}}{{$c}}{{end}}</p>
{{end}}
{{- end}}

{{- define "content" -}}
{{range .Heads}}{{if .Title}}<h2>{{.Text}}</h2>
{{else}}<p class="{{.Class}}">{{.Text}}</p>
{{end}}{{end}}
{{- template "body" .}}
{{- end}}

{{- define "head" -}}
<link rel="alternate" type="application/atom+xml" title="{{.Site}} (Atom)" href="{{.Atom}}">
<link rel="alternate" type="application/rss+xml" title="{{.Site}} (RSS)" href="{{.RSS}}">
<link rel="alternate" type="application/feed+json" title="{{.Site}} (JSON Feed)" href="{{.JSON}}">
<style>
body{margin:0 auto;max-width:42em;padding:1em 1.2em 3em;font:17px/1.75 system-ui,-apple-system,"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC",sans-serif;color:#222;background:#fdfdfb}
a{color:#14539a}
header.site{border-bottom:1px solid #ddd;padding-bottom:.4em;margin-bottom:1.5em;font-size:.95em}
header.site a{text-decoration:none;font-weight:600}
h1{font-size:1.6em;line-height:1.35;margin:.2em 0}
h2{font-size:1.15em;line-height:1.4;margin:0}
h3{font-size:1.05em;margin:1.6em 0 .4em}
.kicker,.subtitle{color:#555;margin:.2em 0}
.meta{color:#777;font-size:.9em}
.jump,.byline{color:#555;font-size:.95em}
ol.list{list-style:none;padding:0}
ol.list li{margin:0 0 1.4em}
ol.list p{margin:.2em 0}
form.search{margin:1em 0 1.5em;display:flex;gap:.4em}
form.search input{flex:1;font:inherit;padding:.2em .5em}
form.search button{font:inherit}
footer{margin-top:3em;border-top:1px solid #ddd;font-size:.85em;color:#777}
</style>
{{- end}}

{{- define "feeds" -}}
<footer><p>{{.Subscribe}}<a href="{{.Atom}}">Atom</a> · <a href="{{.RSS}}">RSS</a> · <a href="{{.JSON}}">JSON Feed</a></p></footer>
{{- end}}

{{- define "article" -}}
<!DOCTYPE html>
<html lang="{{.Lang}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Title}} - {{.Site}}</title>
<link rel="canonical" href="{{.URL}}">
{{template "head" .}}
</head>
<body>
<header class="site"><a href="{{.Home}}">{{.Site}}</a></header>
<article>
<header>
{{range .View.Heads}}{{if .Title}}<h1>{{.Text}}</h1>
{{else}}<p class="{{.Class}}">{{.Text}}</p>
{{end}}{{end}}
{{- if not .HasTitle}}<h1>{{.Title}}</h1>
{{end -}}
<p class="meta"><time datetime="{{.Datetime}}">{{.Date}}</time>{{range .Categories}} · {{.}}{{end}}</p>
</header>
{{template "body" .View}}</article>
{{template "feeds" .}}
</body>
</html>
{{end}}

{{- define "index" -}}
<!DOCTYPE html>
<html lang="{{.Lang}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Site}}</title>
<link rel="canonical" href="{{.Home}}">
{{template "head" .}}
</head>
<body>
<header class="site"><a href="{{.Home}}">{{.Site}}</a></header>
<main>
<h1>{{.Site}}</h1>
{{if ne .Description .Site}}<p>{{.Description}}</p>
{{end -}}
<form class="search" role="search" method="get" action="{{.SearchURL}}"><input type="search" name="q" value="{{.Query}}" aria-label="{{.Search}}" required maxlength="100"> <button type="submit">{{.Search}}</button></form>
<h2>{{.Recent}}</h2>
{{if .Items}}<ol class="list">
{{range .Items}}<li><a href="{{.URL}}">{{.Title}}</a>
<p class="meta"><time datetime="{{.Datetime}}">{{.Date}}</time>{{range .Categories}} · {{.}}{{end}}</p>
{{if .Summary}}<p>{{.Summary}}</p>
{{end}}</li>
{{end}}</ol>
{{else}}<p>{{.Empty}}</p>
{{end -}}
</main>
{{template "feeds" .}}
</body>
</html>
{{end}}
`))
