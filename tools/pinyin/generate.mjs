// Writes ../../src/DebtHelp.Web/Search/Pinyin/pinyin.txt: one line per CJK character (U+4E00-U+9FFF) that has a
// reading in pinyin-pro's dictionary, "<character>\t<toneless readings, space-separated>". Search uses it to
// recognise homophone typos (报井 for 报警). Run: npm install && npm run generate
import { pinyin } from "pinyin-pro";
import { writeFileSync, mkdirSync, copyFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const target = join(here, "..", "..", "src", "DebtHelp.Web", "Search", "Pinyin");
mkdirSync(target, { recursive: true });
const lines = [];
for (let code = 0x4e00; code <= 0x9fff; code++) {
  const ch = String.fromCodePoint(code);
  const readings = pinyin(ch, { toneType: "none", multiple: true, type: "array", v: true });
  const clean = [...new Set(readings.filter((r) => /^[a-z]+$/.test(r)))];
  if (clean.length > 0) {
    lines.push(`${ch}\t${clean.join(" ")}`);
  }
}
writeFileSync(join(target, "pinyin.txt"), lines.join("\n") + "\n", "utf8");
copyFileSync(join(here, "node_modules", "pinyin-pro", "LICENSE"), join(target, "LICENSE-pinyin-pro.txt"));
console.log(`${lines.length} characters written to ${target}`);
