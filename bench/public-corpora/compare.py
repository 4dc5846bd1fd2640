#!/usr/bin/env python3
"""Compare how real blogs' posts publish in their own engine and in alphanode (issue 17, done-when 5).

Usage: bench/public-corpora/compare.py [CORPORA_DIR] (default /tmp/public-corpora, filled as fetch.md says).
Each folder is ENGINE-OWNER-REPO (engine jekyll, hugo or zola) holding the blog's files at their own paths.

Per corpus: the origin engine's view (Debian's jekyll and hugo build the posts with a minimal layout written
here that prints every post's path, title, date, URL and content as JSON; Zola has no Debian package, so its
view is read from the front matter as Zola documents it: published unless draft = true, date as written), then
alphanode's: the posts are copied into content/posts/ as docs/migration.md says, `check` runs, the jar serves
them (ANP_CACHE=off) and every post page is read over HTTP. Prints per corpus the counts and every mismatch.
Needs target/alphanode.jar (mvn package -DskipTests). Traffic only to 127.0.0.1.
"""
import datetime
import difflib
import html
import html.parser
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import tomllib
import unicodedata
import urllib.error
import urllib.parse
import urllib.request

import yaml

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
JAR = os.path.join(REPO, "target", "alphanode.jar")
BODY_RATIO = 0.95

JEKYLL_LAYOUT = """---
---
{{ content }}
"""
JEKYLL_INDEX = """---
layout: null
---
[{% for p in site.posts %}{% unless forloop.first %},{% endunless %}
{"path": {{ p.path | jsonify }}, "title": {{ p.title | jsonify }}, "date": {{ p.date | date_to_xmlschema | jsonify }},
 "url": {{ p.url | jsonify }}, "content": {{ p.content | jsonify }}}{% endfor %}]
"""
HUGO_INDEX = """[{{ range $i, $p := where .Site.RegularPages "Type" "posts" }}{{ if $i }},{{ end }}
{"path": {{ $p.File.Path | jsonify }}, "title": {{ $p.Title | jsonify }}, "date": {{ $p.Date.Format "2006-01-02T15:04:05Z07:00" | jsonify }},
 "url": {{ $p.RelPermalink | jsonify }}, "content": {{ $p.Content | jsonify }}}{{ end }}]
"""


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else "/tmp/public-corpora"
    if not os.path.isfile(JAR):
        sys.exit(f"{JAR} is missing (expected a built jar: mvn -o -q package -DskipTests)")
    for name in sorted(os.listdir(root)):
        engine = name.split("-", 1)[0]
        if engine in ("jekyll", "hugo", "zola"):
            compare(engine, os.path.join(root, name), name)


def compare(engine, corpus, name):
    work = tempfile.mkdtemp(prefix="anp-public-")
    origin = {"jekyll": jekyll_view, "hugo": hugo_view, "zola": zola_view}[engine](corpus, work)
    content = os.path.join(work, "content")
    posts_dir = os.path.join(content, "posts")
    source = {"jekyll": "_posts", "hugo": "content/posts", "zola": "content/blog"}[engine]
    shutil.copytree(os.path.join(corpus, source), posts_dir)
    check = subprocess.run(["java", "-jar", JAR, "check", content], capture_output=True, text=True, cwd=work)
    served = serve_and_read(content, work, origin)
    print(f"== {name} ({engine})")
    print(f"check: exit {check.returncode}; {last_line(check.stdout)}")
    for line in check.stdout.splitlines():
        if ": warning:" in line or re.search(r"\.m(d|arkdown):\d+:", line):
            print("  check:", line.replace(content + "/", ""))
    counts = {"published": 0, "served": 0, "title": 0, "date": 0, "body": 0, "old_url": 0}
    mismatches = []
    for post in origin:
        counts["published"] += 1
        ours = served.get(post["path"])
        if ours is None or ours["status"] != 200:
            status = "none" if ours is None else ours["status"]
            mismatches.append(f"{post['path']}: published by {engine}, not served here ({status} at {ours and ours['route']})")
            continue
        counts["served"] += 1
        if norm_title(ours["title"]) == norm_title(post["title"]):
            counts["title"] += 1
        else:
            mismatches.append(f"{post['path']}: title {post['title']!r} there, {ours['title']!r} here")
        if same_instant(post["date"], ours["date"]):
            counts["date"] += 1
        else:
            mismatches.append(f"{post['path']}: date {post['date']} there, {ours['date']} here")
        if ours["old_url"] == (301, ours["route"]):
            counts["old_url"] += 1
        else:
            mismatches.append(f"{post['path']}: old URL {post['url']} answers {ours['old_url']} here"
                              f" (expected 301 to {ours['route']})")
        ratio = similarity(post["content"], ours["body"])
        if ratio >= BODY_RATIO:
            counts["body"] += 1
        else:
            mismatches.append(f"{post['path']}: body text {ratio:.2f} alike (expected >= {BODY_RATIO}): "
                              + first_difference(post["content"], ours["body"]))
    print("posts the origin publishes {published}, served here {served}, same title {title}, same date {date},"
          " body checks passing {body}, old URL redirecting {old_url}".format(**counts))
    for mismatch in mismatches:
        print("  mismatch:", mismatch)
    shutil.rmtree(work, ignore_errors=True)


def jekyll_view(corpus, work):
    site = os.path.join(work, "jekyll-src")
    shutil.copytree(os.path.join(corpus, "_posts"), os.path.join(site, "_posts"))
    config = load_yaml(os.path.join(corpus, "_config.yml"))
    minimal = {"title": "compare", "markdown": "kramdown"}
    if "permalink" in config:
        minimal["permalink"] = config["permalink"]
    write(os.path.join(site, "_config.yml"), yaml.safe_dump(minimal))
    for layout in ("default", "post", "page"):
        write(os.path.join(site, "_layouts", layout + ".html"), JEKYLL_LAYOUT)
    write(os.path.join(site, "posts.json"), JEKYLL_INDEX)
    out = os.path.join(work, "jekyll-out")
    env = dict(os.environ, TZ="UTC")
    subprocess.run(["jekyll", "build", "--quiet", "-s", site, "-d", out], check=True, env=env, cwd=work)
    posts = json.load(open(os.path.join(out, "posts.json"), encoding="utf-8"))
    for post in posts:
        post["path"] = post["path"][len("_posts/"):]
    return posts


def hugo_view(corpus, work):
    site = os.path.join(work, "hugo-src")
    shutil.copytree(os.path.join(corpus, "content", "posts"), os.path.join(site, "content", "posts"))
    config = {}
    for candidate in ("config/_default/config.toml", "config.toml", "hugo.toml"):
        path = os.path.join(corpus, candidate)
        if os.path.isfile(path):
            config = tomllib.load(open(path, "rb"))
            break
    lines = ['baseURL = "http://example.org/"', 'disableKinds = ["taxonomy", "term", "RSS", "sitemap"]',
             '[outputs]', 'home = ["JSON"]']
    if "permalinks" in config:
        lines.append("[permalinks]")
        lines += [f"{key} = {json.dumps(value)}" for key, value in config["permalinks"].items()]
    write(os.path.join(site, "config.toml"), "\n".join(lines) + "\n")
    write(os.path.join(site, "layouts", "index.json"), HUGO_INDEX)
    write(os.path.join(site, "layouts", "_default", "single.html"), "{{ .Content }}")
    write(os.path.join(site, "layouts", "_default", "list.html"), "")
    out = os.path.join(work, "hugo-out")
    subprocess.run(["hugo", "--quiet", "-s", site, "-d", out], check=True, cwd=work)
    posts = json.load(open(os.path.join(out, "index.json"), encoding="utf-8"))
    for post in posts:
        post["path"] = post["path"][len("posts/"):]
    return posts


def zola_view(corpus, work):
    """Zola's documented front matter: drafts are not published, date as written, content as CommonMark."""
    posts = []
    blog = os.path.join(corpus, "content", "blog")
    for dirpath, _, files in os.walk(blog):
        for file in sorted(files):
            if not file.endswith(".md") or file == "_index.md":
                continue
            text = open(os.path.join(dirpath, file), encoding="utf-8").read()
            front, body = text.split("+++", 2)[1:]
            meta = tomllib.loads(front)
            if meta.get("draft"):
                continue
            date = meta.get("date")
            posts.append({"path": os.path.relpath(os.path.join(dirpath, file), blog), "title": meta.get("title"),
                          "date": date.isoformat() if hasattr(date, "isoformat") else str(date),
                          "url": "/" + meta.get("path", ""), "content": commonmark_text(body)})
    return posts


def commonmark_text(markdown):
    """The text a reader sees, from Markdown: without a Zola binary, markup characters are dropped."""
    text = re.sub(r"^\s*\[[^\]]+\]:\s*\S+.*$", "", markdown, flags=re.M)
    text = re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", text)
    text = re.sub(r"!?\[([^\]]*)\]\[[^\]]*\]", r"\1", text)
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", text)
    return html.unescape(re.sub(r"<[^>]+>", " ", text))


def serve_and_read(content, work, origin):
    port = free_port()
    env = dict(os.environ, ANP_PORT=str(port), ANP_CONTENT_DIR=content, ANP_CACHE="off", ANP_WATCH="off",
               ANP_DB_URL="jdbc:h2:file:" + os.path.join(work, "data", "db"), ANP_REQUEST_LOG="OFF")
    log = open(os.path.join(work, "serve.log"), "w")
    server = subprocess.Popen(["java", "-jar", JAR, "serve"], env=env, cwd=work, stdout=log, stderr=log)
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.time() + 120
        while time.time() < deadline:
            try:
                if json.loads(get(base + "/healthz")[1]).get("status"):
                    break
            except (OSError, ValueError):
                time.sleep(0.5)
        else:
            raise SystemExit("the site did not answer /healthz within 120 s; see " + log.name)
        pages = {}
        for post in origin:
            route = "/posts/" + predicted_slug(post["path"], os.path.join(content, "posts", post["path"]))
            status, body = get(base + route)
            pages[post["path"]] = dict(page(body), status=status, route=route, old_url=redirect(base, post["url"]))
        return pages
    finally:
        server.terminate()
        server.wait(30)


def predicted_slug(path, file):
    """Our slug rule (docs/migration.md): a slug field, else the file (or bundle folder) name without a date prefix."""
    text = open(file, encoding="utf-8").read()
    field = re.search(r"^slug\s*[:=]\s*[\"']?([^\"'\n]+)", text, flags=re.M)
    if field:
        return field.group(1).strip()
    parts = path.split("/")
    name = re.sub(r"\.(md|markdown)$", "", parts[-1])
    if name == "index" and len(parts) > 1:
        name = parts[-2]
    rest = re.sub(r"^\d{4}-\d{1,2}-\d{1,2}-", "", name)
    slug = re.sub(r"[^a-z0-9]+", "-", unicodedata.normalize("NFKD", (rest or name).lower())).strip("-")
    return slug or re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


class Text(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts = []

    def handle_data(self, data):
        self.parts.append(data)


def page(body):
    title = re.search(r'<h1 class="post-title">(.*?)</h1>', body, flags=re.S)
    date = re.search(r'<p class="byline"><time datetime="([^"]+)"', body)
    article = re.search(r'<div class="post-body">(.*?)</div>\s*(?:<ul class="tag-chips"|</article>)', body, flags=re.S)
    return {"title": html.unescape(title.group(1)) if title else None, "date": date.group(1) if date else None,
            "body": article.group(1) if article else ""}


def text_of(fragment):
    parser = Text()
    parser.feed(fragment)
    text = html.unescape(" ".join(parser.parts))
    text = text.translate({ord(c): "'" for c in "‘’"} | {ord(c): '"' for c in "“”"} | {ord("–"): "-", ord("—"): "-"})
    text = text.replace("…", "...")
    return re.findall(r"[\w']+|[^\w\s]", text)


def similarity(theirs, ours):
    return difflib.SequenceMatcher(None, text_of(theirs), text_of(ours), autojunk=False).ratio()


def first_difference(theirs, ours):
    a, b = text_of(theirs), text_of(ours)
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag != "equal":
            return f"there {' '.join(a[i1:i2][:12])!r}, here {' '.join(b[j1:j2][:12])!r}"
    return "same words"


def norm_title(title):
    return " ".join((title or "").split())


def same_instant(theirs, ours):
    def parse(value):
        if value is None:
            return None
        value = value.replace("Z", "+00:00")
        parsed = datetime.datetime.fromisoformat(value) if "T" in value else datetime.datetime.fromisoformat(value + "T00:00:00+00:00")
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=datetime.timezone.utc)
    return parse(theirs) == parse(ours)


def redirect(base, path):
    """What the origin's URL of a post answers here: (status, Location)."""
    class Keep(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args):
            return None
    try:
        with urllib.request.build_opener(Keep).open(base + urllib.parse.quote(path, safe="/%:@"), timeout=30) as r:
            return r.status, None
    except urllib.error.HTTPError as e:
        return e.code, e.headers.get("Location")


def get(url):
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode("utf-8", "replace")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def load_yaml(path):
    return yaml.safe_load(open(path, encoding="utf-8")) if os.path.isfile(path) else {}


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    open(path, "w", encoding="utf-8").write(text)


def last_line(text):
    lines = text.strip().splitlines()
    return lines[-1] if lines else ""


if __name__ == "__main__":
    main()
