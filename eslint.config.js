import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const untrustedText = 'Page and digest text is untrusted: render it as text.';

export default tseslint.config(
  { ignores: ['.output*/**', '.wxt/**', 'node_modules/**', '.cache/**', 'test/fixtures/**', 'bench/out/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    // Shipped code: never build markup from strings.
    files: ['lib/**', 'components/**', 'entrypoints/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: untrustedText },
        { property: 'outerHTML', message: untrustedText },
        { property: 'insertAdjacentHTML', message: untrustedText },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: untrustedText },
        {
          selector: "CallExpression[callee.object.name='document'][callee.property.name='write']",
          message: untrustedText,
        },
      ],
    },
  },
  {
    files: ['scripts/**', 'bench/**', 'test/**', '*.config.*'],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', __dirname: 'readonly', URL: 'readonly' },
    },
  },
  {
    // Tests and benchmarks reach into browser globals (chrome.*, browser.*) from Node.
    files: ['test/**', 'bench/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
