"""Random file operations on a content folder: storm.py CONTENT COUNT SECONDS (seeded, prints a summary).
Edits a title or a body, deletes, creates (a copy under a new slug), renames — spread evenly over SECONDS."""
import os, random, re, sys, time

content, count, seconds = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
rng = random.Random(19)
posts = os.path.join(content, "posts")
files = sorted(os.path.join(d, f) for d, _, fs in os.walk(posts) for f in fs if f.endswith(".md"))
done = {"title": 0, "body": 0, "delete": 0, "create": 0, "rename": 0}
start = time.monotonic()
for i in range(count):
    time.sleep(max(0.0, start + i * seconds / count - time.monotonic()))
    op = rng.choice(list(done))
    if len(files) < 10:
        op = "create"
    path = rng.choice(files)
    try:
        text = open(path, encoding="utf-8").read()
    except FileNotFoundError:
        continue
    if op == "title":
        text = re.sub(r"(?m)^title:.*$", f'title: "storm {i}"', text, count=1)
        open(path, "w", encoding="utf-8").write(text)
    elif op == "body":
        open(path, "w", encoding="utf-8").write(text + f"\nStorm paragraph {i}.\n")
    elif op == "delete":
        os.remove(path); files.remove(path)
    elif op == "create":
        slug = f"storm-new-{i}"
        new = os.path.join(os.path.dirname(path), slug + ".md")
        open(new, "w", encoding="utf-8").write(re.sub(r"(?m)^slug:.*$", f"slug: {slug}", text, count=1))
        files.append(new)
    else:
        slug = f"storm-renamed-{i}"
        new = os.path.join(os.path.dirname(path), slug + ".md")
        open(new, "w", encoding="utf-8").write(re.sub(r"(?m)^slug:.*$", f"slug: {slug}", text, count=1))
        os.remove(path); files.remove(path); files.append(new)
    done[op] += 1
print(f"{sum(done.values())} file operations in {time.monotonic() - start:.1f} s ({', '.join(f'{v} {k}' for k, v in done.items())})")
