#!/usr/bin/env python3
# bench/live/edit-one.py PORT FILE SLUG N — N title edits of one post file on a running site (watcher on):
# ms from the write until /posts/SLUG shows the new title; prints all, then median and max after the first 10.
# Traffic: 127.0.0.1 only.
import sys, time, re, urllib.request
port, f, slug, n = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
def get(p):
    with urllib.request.urlopen(f"http://127.0.0.1:{port}{p}") as r: return r.read().decode()
res = []
for i in range(n):
    text = open(f).read(); get("/posts/" + slug)
    marker = f"old edit {i} {time.time_ns()}"
    t0 = time.perf_counter()
    open(f, "w").write(re.sub(r"(?m)^title: .*$", f'title: "{marker}"', text, count=1))
    while marker not in get("/posts/" + slug): time.sleep(0.001)
    res.append((time.perf_counter() - t0) * 1000); time.sleep(0.1)
warm = sorted(res[10:]); print("all", [round(x) for x in res]); print("after 10: median", round(warm[len(warm)//2]), "max", round(warm[-1]))
