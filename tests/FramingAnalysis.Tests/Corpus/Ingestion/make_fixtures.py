#!/usr/bin/env python3
"""Renders the articles of articles.py three ways, for the ingestion goal test (IngestionGoalTests.cs):

  jsonl/articles.jsonl          clean JSON Lines (the reference)
  text/<source>/<id>.txt        the article as text pasted from its page: one paragraph per line or per block, stray
                                blank lines, page chrome, a byline and a date, a comment header, comment author/time lines
  html/<source>/<id>.html       the article as a saved web page, in one of four site layouts

Run it from this folder after editing articles.py: python3 make_fixtures.py. The outputs are committed; the test reads them.
"""
import html
import json
import os
import re

from articles import ARTICLES

HERE = os.path.dirname(os.path.abspath(__file__))


def write(path, text):
    full = os.path.join(HERE, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def jsonl():
    lines = []
    for a in ARTICLES:
        record = {k: a[k] for k in ("id", "source", "language", "published", "title")}
        record["paragraphs"] = a["paragraphs"]
        record["comments"] = [dict(id=f"c{i + 1}", **({"author": au} if au else {}), text=t) for i, (au, _, t) in enumerate(a["comments"])]
        lines.append(json.dumps(record, ensure_ascii=False))
    write("jsonl/articles.jsonl", "\n".join(lines) + "\n")


# ---------------------------------------------------------------- text as pasted

def pasted_a(a, en):
    """One paragraph per line, chrome lines between them, two stray blank lines, comments one per line or with 'Name · 2h'."""
    out = ["Listen to the article" if en else "Escuchar", a["title"], ("By " if en else "Por ") + a["byline"], a["date_line"]]
    for i, p in enumerate(a["paragraphs"]):
        out.extend(p.split("\n"))
        if i == 0:
            out.append("Share" if en else "Compartir")
            out.append("")
        if i == 1:
            out.append("Advertisement" if en else "Publicidad")
        if i == len(a["paragraphs"]) - 2:
            out.append("")
    out.append("Read more" if en else "Leer más")
    if a["comments"]:
        n = len(a["comments"])
        out.append(f"{n} Comments" if en else f"Comentarios ({n})")
        for author, time, text in a["comments"]:
            if author:
                out.append(f"{author} · {time}")
            out.append(text)
            if author:
                out.append("Reply" if en else "Responder")
    return "\n".join(out) + "\n"


def pasted_b(a, en):
    """Blocks of lines with stray blank lines inside; author and time on lines of their own above each comment."""
    out = ["Compartir" if not en else "Share this article", "", a["title"], a["date_line"] + " - 10:15",
           ("Por " if not en else "By ") + a["byline"]]
    for i, p in enumerate(a["paragraphs"]):
        if i == 1:
            out.append("Lee también: Otra mirada a la crisis de la semana" if not en else "Read more: Another look at this week's crisis")
        out.extend(p.split("\n"))
        if i == 2:
            out.append("")
    if a["comments"]:
        out.append("")
        out.append("Comentarios" if not en else "Comments")
        for author, time, text in a["comments"]:
            out.append("")
            if author:
                out.append(author)
                out.append(time)
            out.append(text)
    return "\n".join(out) + "\n"


def pasted_c(a, en):
    """Clean blank-line paragraphs with a cookie line, a newsletter line and a Markdown-style comment header."""
    cookie = "We use cookies to improve your experience. Accept all cookies" if en else "Utilizamos cookies propias y de terceros. Aceptar todas"
    out = [cookie, a["title"], a["date_line"]]
    out.extend(a["paragraphs"])
    out.append("Subscribe to our newsletter" if en else "Suscríbete a nuestro boletín")
    if a["comments"]:
        out.append(f"## {len(a['comments'])} Comments" if en else "## Comentarios")
        for author, time, text in a["comments"]:
            out.append(f"{author}\n{time}\n{text}" if author else text)
    return "\n\n".join(out) + "\n"


# ---------------------------------------------------------------- saved pages

def esc(s):
    return html.escape(s, quote=True)


def post_html(p):
    lines = p.split("\n")
    if lines[-1].startswith("—"):
        m = re.match(r"— (.+) \(@(\w+)\) (.+)$", lines[-1])
        name, handle, date = m.groups()
        body = "<br>".join(re.sub(r"(pic\.twitter\.com/\w+)", r'<a href="https://t.co/x1">\1</a>', esc(l)) for l in lines[:-1])
        return (f'<blockquote class="twitter-tweet" data-lang="es"><p lang="es" dir="ltr">{body}</p>&mdash; {esc(name)} (@{handle}) '
                f'<a href="https://twitter.example.test/{handle}/status/1">{esc(date)}</a></blockquote>\n'
                '<script async src="https://platform.twitter.example.test/widgets.js" charset="utf-8"></script>')
    return (f'<blockquote class="instagram-media" data-instgrm-permalink="https://instagram.example.test/p/x/"><div>'
            f'<p>{esc(lines[0])}</p><p><a href="https://instagram.example.test/p/x/">{esc(lines[1])}</a></p></div></blockquote>')


def body_html(a, chrome):
    parts = []
    for i, p in enumerate(a["paragraphs"]):
        if "\n" in p:
            parts.append(post_html(p))
        elif not p.endswith((".", "!", "?", ":")):
            parts.append(f"<h2>{esc(p)}</h2>")
        else:
            parts.append(f"<p>{esc(p)}</p>")
        if i == 0 and chrome:
            parts.append(chrome)
    return "\n".join(parts)


def page_wordpress(a, en):
    comments = ""
    if a["comments"]:
        items = []
        for i, (author, time, text) in enumerate(a["comments"]):
            who = f'<div class="comment-author vcard"><b class="fn">{esc(author)}</b> <span class="says">says:</span></div>' if author else ""
            items.append(f'''<li id="comment-{i + 11}" class="comment even thread-even depth-1">
  <article class="comment-body">
    <footer class="comment-meta">{who}<div class="comment-metadata"><a href="#comment-{i + 11}"><time datetime="2026-04-02T10:0{i}:00+00:00">{esc(time or "")}</time></a></div></footer>
    <div class="comment-content"><p>{esc(text)}</p></div>
    <div class="reply"><a class="comment-reply-link" href="#">Reply</a></div>
  </article>
</li>''')
        comments = f'''<div id="comments" class="comments-area">
<h2 class="comments-title">{len(a["comments"])} {"Comments" if en else "comentarios"}</h2>
<ol class="comment-list">
{chr(10).join(items)}
</ol>
<div id="respond" class="comment-respond"><h3>Leave a Reply</h3><form><textarea></textarea><button>Post Comment</button></form></div>
</div>'''
    return f'''<!DOCTYPE html>
<html lang="{a["language"]}">
<head>
<meta charset="utf-8">
<title>{esc(a["title"])} &#8211; {esc(a["source"])}</title>
<meta name="author" content="{esc(a["byline"])}">
<meta property="article:published_time" content="{a["published"]}">
<link rel="canonical" href="https://{a["id"]}.example-outlet.test/">
<style>.entry-content p {{ margin: 0 0 1em; }}</style>
</head>
<body class="post-template-default single">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header"><p class="site-title">{esc(a["source"])}</p>
<nav class="main-navigation"><ul><li><a href="/">Home</a></li><li><a href="/politics">Politics</a></li></ul></nav></header>
<main id="main" class="site-main">
<article class="post type-post status-publish">
<header class="entry-header">
<h1 class="entry-title">{esc(a["title"])}</h1>
<div class="entry-meta"><span class="byline">{"By" if en else "Por"} <a rel="author" href="/author/x">{esc(a["byline"])}</a></span>
<time class="entry-date published" datetime="{a["published"]}">{esc(a["date_line"])}</time></div>
</header>
<div class="entry-content">
{body_html(a, '<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul><li><a>Facebook</a></li><li><a>X</a></li></ul></div>')}
</div>
<footer class="entry-footer"><span class="cat-links">Posted in World</span></footer>
</article>
{comments}
</main>
<aside id="secondary" class="widget-area"><h2>Most read</h2><ul><li>Another story entirely</li></ul></aside>
<footer class="site-footer">&copy; 2026 {esc(a["source"])}</footer>
</body>
</html>
'''


def page_newscms(a, en):
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "datePublished": a["published"],
          "inLanguage": a["language"], "author": [{"@type": "Person", "name": a["byline"]}],
          "publisher": {"@type": "Organization", "name": a["source"]}}
    comments = ""
    if a["comments"]:
        items = []
        for i, (author, time, text) in enumerate(a["comments"]):
            who = f'<span class="username">{esc(author)}</span> ' if author else ""
            items.append(f'<div class="comment" data-comment-id="k{i + 1}">{who}<time datetime="2026-04-18T21:1{i}:00-06:00">{esc(time or "")}</time><p>{esc(text)}</p>'
                         f'<div class="comment-actions"><button>Like</button><button>Reply</button></div></div>')
        comments = f'<section class="comments" aria-label="Comments"><h3>{"Comments" if en else "Comentarios"} ({len(a["comments"])})</h3>\n' + "\n".join(items) + "\n<button class=\"load-more\">Load more comments</button></section>"
    caption = "Photo: Archive" if en else "Foto: Archivo"
    return f'''<!doctype html>
<html lang="{a["language"]}"><head><meta charset="utf-8">
<title>{esc(a["title"])} | {esc(a["source"])}</title>
<meta property="og:title" content="{esc(a["title"])}"><meta property="og:site_name" content="{esc(a["source"])}">
<meta property="og:url" content="https://news.example-outlet.test/{a["id"]}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head><body>
<div id="cookie-consent" class="cookie-banner"><p>{"We use cookies to improve your experience." if en else "Utilizamos cookies propias y de terceros."}</p><button>{"Accept all" if en else "Aceptar todas"}</button></div>
<nav class="top-nav"><a href="/">{"Home" if en else "Inicio"}</a></nav>
<main><article>
<header><h1>{esc(a["title"])}</h1><div class="article-meta"><span class="author">{esc(a["byline"])}</span></div></header>
<div class="audio-player"><button>{"Listen to the article" if en else "Escuchar"}</button></div>
<figure><img src="/img/{a["id"]}.jpg" alt=""><figcaption>{caption}</figcaption></figure>
<div itemprop="articleBody">
{body_html(a, '<div class="ad-slot"><span>Advertisement</span></div>')}
<div class="newsletter-signup"><p>{"Subscribe to our newsletter" if en else "Suscríbete a nuestro boletín"}</p></div>
</div>
</article>
{comments}
</main>
<footer><p>&copy; 2026</p></footer>
</body></html>
'''


def page_spanish(a, en):
    comments = ""
    if a["comments"]:
        items = []
        for author, time, text in a["comments"]:
            who = f'<span class="comentario-autor">{esc(author)}</span> <span class="hace">{esc(time)}</span>' if author else ""
            items.append(f'<div class="comentario">{who}<p>{esc(text)}</p><a class="responder">Responder</a></div>')
        comments = f'<section id="comentarios"><h2>Comentarios ({len(a["comments"])})</h2>\n' + "\n".join(items) + "\n</section>"
    body = body_html(a, '<p class="publicidad">Publicidad</p>')
    body = body.replace("</p>\n", "</p>\n<p>Lee también: Otra mirada a la crisis de la semana</p>\n", 1)
    return f'''<html lang="{a["language"]}">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(a["title"])}</title>
<meta property="article:published_time" content="{a["published"]}">
<meta name="author" content="{esc(a["byline"])}">
</head>
<body>
<div class="menu-principal"><ul><li>Portada</li><li>Política</li><li>Economía</li></ul></div>
<div class="contenedor">
<article class="nota">
<h1>{esc(a["title"])}</h1>
<p class="byline">Por {esc(a["byline"])} | {esc(a["date_line"])}</p>
<div class="compartir-redes"><a>Facebook</a> <a>WhatsApp</a></div>
<div class="cuerpo">
{body}
</div>
</article>
{comments}
</div>
</body>
</html>
'''


def page_minimal(a, en):
    paragraphs = "\n".join(f"<p>{esc(p)}</p>" if "\n" not in p else post_html(p) for p in a["paragraphs"])
    return f'''<!DOCTYPE html>
<html lang="{a["language"]}"><head><meta charset="utf-8"><title>{esc(a["title"])}</title></head>
<body>
<h1>{esc(a["title"])}</h1>
{paragraphs}
</body></html>
'''


def main():
    jsonl()
    pasted = [pasted_a, pasted_b, pasted_c]
    pages = [page_wordpress, page_newscms, page_spanish, page_minimal]
    for i, a in enumerate(ARTICLES):
        en = a["language"] == "en"
        write(f"text/{a['source']}/{a['id']}.txt", pasted[i % len(pasted)](a, en))
        layout = pages[i % len(pages)]
        if layout is page_minimal and a["comments"]:
            layout = page_wordpress  # the minimal layout has no comment section
        if layout is page_minimal and any(not p.endswith((".", "!", "?", ":")) for p in a["paragraphs"]):
            layout = page_newscms
        write(f"html/{a['source']}/{a['id']}.html", layout(a, en))


if __name__ == "__main__":
    main()
