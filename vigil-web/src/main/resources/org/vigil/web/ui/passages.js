// The sentences of an article that hold a set of evidence spans, with the spans marked.
'use strict';

const Passages = (() => {
  const {el} = Vigil;

  function sentenceStart(text, at) {
    for (let i = at - 1; i > 0; i--) {
      if (text[i] === '\n' || (/[.!?]/.test(text[i - 1]) && /\s/.test(text[i]))) return i + 1;
    }
    return 0;
  }

  function sentenceEnd(text, at) {
    for (let i = at; i < text.length; i++) {
      if (text[i] === '\n') return i;
      if (/[.!?]/.test(text[i]) && (i + 1 === text.length || /\s/.test(text[i + 1]))) return i + 1;
    }
    return text.length;
  }

  // [[start, end], …] → paragraphs of the sentences around them, each span in a <mark>.
  function of(text, spans) {
    const sorted = spans.filter(s => s && s[1] > s[0]).map(s => [s[0], s[1]])
        .sort((a, b) => a[0] - b[0]);
    const passages = [];
    for (const [start, end] of sorted) {
      const from = sentenceStart(text, start);
      const to = Math.max(sentenceEnd(text, Math.max(start, end - 1)), end);
      const last = passages[passages.length - 1];
      if (last && from <= last.to) {
        last.to = Math.max(last.to, to);
        last.marks.push([start, end]);
      } else {
        passages.push({from, to, marks: [[start, end]]});
      }
    }
    return passages.map(p => {
      const node = el('p', {class: 'passage'});
      let at = p.from;
      for (const [start, end] of p.marks) {
        if (end <= at) continue;
        const s = Math.max(start, at);
        node.append(text.slice(at, s), el('mark', {class: 'evidence'}, text.slice(s, end)));
        at = end;
      }
      node.append(text.slice(at, p.to));
      return node;
    });
  }

  return {of};
})();
