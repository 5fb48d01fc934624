#!/usr/bin/env python3
"""Inputs for the load benchmark, made from the real articles with a fixed seed (same output every run).

  generate.py queries CONTENT OUT_DIR [--variants N]
      OUT_DIR/questions.txt   the realistic base questions (>= 500), one a line, readable
      OUT_DIR/rotating.txt    N distinct queries (base question + a reader's own framing), URL-encoded, shuffled
  generate.py corpus CONTENT OUT_ROOT [--articles N]
      OUT_ROOT/{topics.yml,synonyms.yml,articles/gen-NNNNN.md}: N articles in the same front matter format,
      text recombined from the real articles' sentences and headings.

Only the standard library: the machine's python3 is enough.
"""

import argparse
import random
import re
import shutil
import sys
import urllib.parse
from pathlib import Path

SEED = 20261123
TOPICS = ["home-visit-legality", "identity-checks", "evidence", "negotiation", "complaints"]

# How readers frame the same question in their own words: situation first, then the question.
SITUATIONS = [
    "网贷逾期三个月了，", "我欠了两万多网贷，", "网贷逾期半年，", "信用卡和网贷都逾期了，", "老公背着我借了网贷，",
    "我妈借了网贷还不上，", "刚毕业还不上网贷，", "在外地打工，", "昨天晚上", "今天早上", "上周", "这两天",
    "我一个人住，", "家里有老人和小孩，", "逾期一年多了，", "借了五个平台，", "欠款已经转给第三方了，",
    "平台说要起诉我，", "对方自称律师事务所，", "对方说是法院的，", "催收打电话说明天上门，", "已经还了一部分，",
    "本金早就还完了，", "利息比本金还高，", "失业了没有收入，", "生病住院还不上，", "做生意亏了钱，",
    "我在上班的时候，", "我租的房子，", "房东说有人来找我，", "物业说有人来问我，", "邻居说有人在门口等我，",
    "第一次遇到这种事，", "很害怕，", "不想让家人知道，", "对方态度很凶，", "对方来了三个人，",
    "对方拿着一张纸说是委托书，", "对方录我的视频，", "对方在楼道里喊，",
]
ENDINGS = ["", "", "", "？", "?", "怎么办", "怎么办啊", "，急", "，求助", "，在线等", "。", "吗", "呢", "，谢谢"]
# A few common characters in traditional form: readers in Hong Kong and Taiwan, or phones set that way.
TRADITIONAL = str.maketrans({
    "门": "門", "来": "來", "还": "還", "钱": "錢", "说": "說", "报": "報", "证": "證",
    "据": "據", "录": "錄", "网": "網", "贷": "貸", "们": "們", "么": "麼", "办": "辦", "给": "給", "对": "對",
    "时": "時", "会": "會", "让": "讓", "进": "進", "这": "這", "个": "個", "吗": "嗎", "违": "違",
    "权": "權", "诉": "訴", "债": "債", "话": "話", "电": "電", "机": "機", "应": "應", "该": "該", "发": "發",
})
TYPOS = [("催收", "崔收"), ("征信", "征心"), ("催收", "摧收"), ("逾期", "预期"), ("投诉", "头诉")]
# Short keyword searches, as typed into a search box.
KEYWORDS = [
    "催收上门", "上门催收合法吗", "爆通讯录", "催收打电话到单位", "催收威胁", "深夜催收", "冒充公检法", "律师函",
    "停息挂账", "个性化分期", "征信", "12378", "小额贷款公司投诉", "录音", "证据", "报警", "私闯民宅", "堵门",
    "债权转让", "砍头息", "高利贷", "解冻费", "征信修复", "法律援助", "起诉", "坐牢", "拘留", "横幅", "曝光",
    "骚扰电话", "短信轰炸", "核实身份", "工作证", "委托书", "协商还款", "分期", "书面协议", "投诉渠道",
]


def front_matter(text):
    """(fields, body) of one article: just enough YAML for the files in content/articles."""
    match = re.match(r"^---\n(.*?)\n---\n(.*)$", text, re.S)
    if not match:
        return None, text
    fields, key = {}, None
    for line in match.group(1).splitlines():
        item = re.match(r"^\s+-\s+(.*)$", line)
        if item and key:
            fields.setdefault(key, []).append(item.group(1).strip())
            continue
        pair = re.match(r"^([a-z]+):\s*(.*)$", line)
        if pair:
            key, value = pair.group(1), pair.group(2).strip()
            if value.startswith("[") and value.endswith("]"):
                fields[key] = [v.strip() for v in value[1:-1].split(",") if v.strip()]
            elif value:
                fields[key] = value
    return fields, match.group(2)


def plain(text):
    """Markdown inline syntax out: links keep their text (generated articles link nowhere), emphasis goes."""
    text = re.sub(r"\[([^\]]*)\]\((?!tel:)[^)]*\)", r"\1", text)
    return text.replace("**", "").replace("`", "").strip()


def read_articles(content):
    articles = []
    for path in sorted((Path(content) / "articles").glob("*.md")):
        fields, body = front_matter(path.read_text(encoding="utf-8"))
        if fields:
            articles.append((fields, body))
    if not articles:
        sys.exit(f"no articles under {content}/articles")
    return articles


def pools(articles):
    titles, questions, summaries, headings, sentences, items = [], [], [], [], [], []
    for fields, body in articles:
        titles.append(fields["title"])
        questions.extend(fields.get("questions", []))
        summaries.append(fields["summary"])
        for line in body.splitlines():
            line = line.strip()
            if not line or line.startswith("|") or line.startswith(">") or line.startswith("#") and not line.startswith("## "):
                continue
            if line.startswith("## "):
                headings.append(plain(line[3:]))
                continue
            list_item = re.match(r"^(?:\d+\.|[-*])\s+(.*)$", line)
            if list_item:
                items.append(plain(list_item.group(1)))
                continue
            sentences.extend(s for s in (plain(s) for s in re.findall(r"[^。！？]+[。！？]?", line))
                             if len(s) >= 8 and s[0] not in "）)】」』”，、；：。")
    return titles, questions, summaries, headings, sentences, items


def base_questions(articles, rng):
    titles, questions, *_ = pools(articles)
    base = list(dict.fromkeys(titles + questions))
    originals = list(base)
    for q in rng.sample(originals, min(150, len(originals))):
        base.append(rng.choice(SITUATIONS) + q)
    for q in rng.sample(originals, min(80, len(originals))):
        base.append(q.translate(TRADITIONAL))
    for q in originals:
        for right, wrong in TYPOS:
            if right in q:
                base.append(q.replace(right, wrong, 1))
                break
    base.extend(KEYWORDS)
    return list(dict.fromkeys(b for b in base if b.strip()))


def cmd_queries(args):
    rng = random.Random(SEED)
    articles = read_articles(args.content)
    base = base_questions(articles, rng)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "questions.txt").write_text("\n".join(base) + "\n", encoding="utf-8")
    # Every (question, situation, ending) triple is a different URL; draw N distinct ones.
    space = len(base) * (len(SITUATIONS) + 1) * len(ENDINGS)
    if args.variants > space:
        sys.exit(f"only {space} distinct variants possible, asked for {args.variants}")
    seen, rotating = set(), []
    while len(rotating) < args.variants:
        q = rng.choice(base)
        # A third keep the question as it is (only the ending differs): the rest add a situation.
        situation = "" if rng.random() < 1 / 3 else rng.choice(SITUATIONS)
        text = situation + q.rstrip("？?。") + rng.choice(ENDINGS)
        if text not in seen:
            seen.add(text)
            rotating.append(urllib.parse.quote(text, safe=""))
    (out / "rotating.txt").write_text("\n".join(rotating) + "\n", encoding="ascii")
    print(f"{len(base)} base questions, {len(rotating)} distinct rotating queries")


def cmd_corpus(args):
    rng = random.Random(SEED)
    content = Path(args.content)
    articles = read_articles(content)
    titles, questions, summaries, headings, sentences, items = pools(articles)
    asked = titles + questions
    out = Path(args.out)
    if out.exists():
        shutil.rmtree(out)
    (out / "articles").mkdir(parents=True)
    for name in ("topics.yml", "synonyms.yml"):
        shutil.copy(content / name, out / name)

    def yaml_text(s):
        # Double-quoted YAML scalar: the text may hold ': ' or '#'.
        return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'

    def section_text(chars):
        """Paragraphs of 2-4 sentences, about `chars` characters in all."""
        paragraphs, written = [], 0
        while written < chars:
            p = ""
            for sentence in rng.sample(sentences, rng.randint(2, 4)):
                p += sentence
                if written + len(p) >= chars:
                    break
            paragraphs.append(p)
            written += len(p)
        return paragraphs, written

    total_chars, body_chars = 0, []
    for i in range(1, args.articles + 1):
        slug = f"gen-{i:05d}"
        title = (rng.choice(SITUATIONS) if rng.random() < 0.5 else "") + rng.choice(asked).rstrip("？?") + "？"
        summary = "".join(re.findall(r"[^。]+。?", rng.choice(summaries))[:2])
        topics = rng.sample(TOPICS, rng.randint(1, 2))
        qs = list(dict.fromkeys(rng.sample(questions, rng.randint(3, 5))))
        related = sorted({f"gen-{rng.randint(1, args.articles):05d}" for _ in range(rng.randint(0, 3))} - {slug})
        target = rng.randint(800, 2900)  # sections round up a little: bodies stay within 800-3000 characters
        sections = rng.randint(3, 6)
        lead = [f"{n}. {item}" for n, item in enumerate(rng.sample(items, 3), 1)]
        body = ["\n".join(lead), ""]
        length = sum(len(x) for x in lead)
        for s in range(sections):
            heading = rng.choice(headings)
            body += ["## " + heading, ""]
            # Spread what is left of the target over the remaining sections.
            paragraphs, written = section_text(max(40, (target - length - len(heading)) // (sections - s)))
            for p in paragraphs:
                body += [p, ""]
            length += written + len(heading)
        body_chars.append(length)
        lines = [
            "---",
            f"title: {yaml_text(title)}",
            f"summary: {yaml_text(summary)}",
            f"topics: [{', '.join(topics)}]",
            "questions:",
            *[f"  - {yaml_text(q)}" for q in qs],
        ]
        if related:
            lines.append(f"related: [{', '.join(related)}]")
        lines += ["updated: 2026-11-23", "reviewed: 2026-11-23", "---", "", *body]
        text = "\n".join(lines)
        total_chars += len(text)
        (out / "articles" / f"{slug}.md").write_text(text, encoding="utf-8")
    print(f"{args.articles} articles, {total_chars / args.articles:.0f} characters each on average"
          f" (body text {min(body_chars)}-{max(body_chars)} characters)")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    q = sub.add_parser("queries")
    q.add_argument("content")
    q.add_argument("out")
    q.add_argument("--variants", type=int, default=60000)
    c = sub.add_parser("corpus")
    c.add_argument("content")
    c.add_argument("out")
    c.add_argument("--articles", type=int, default=10000)
    args = parser.parse_args()
    {"queries": cmd_queries, "corpus": cmd_corpus}[args.command](args)


if __name__ == "__main__":
    main()
