/**
 * Text a person might type (or paste) that must stay inert everywhere: markup that would run
 * if put into the page as HTML, and text that setValue would turn into a formula.
 */
export const PAYLOADS = {
  img: '<img src=x onerror=alert(1)>',
  script: '<script>window.__pwned = 1</script>',
  formula: '=HYPERLINK("http://example.com","x")',
  bold: '<b onmouseover=alert(2)>bold</b>',
  svg: '"><svg onload=alert(3)>',
  plus: '+cmd',
  minus: '-2+3',
  at: '@SUM(A1)',
  plusAt: '+1 & @cmd',
} as const;
