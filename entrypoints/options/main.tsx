import '../../components/styles/theme.css';
import '../../components/styles/common.css';
import '../../components/styles/options.css';
import { render } from 'preact';
import { OptionsApp } from './options-app';

const root = document.getElementById('app');
if (root) render(<OptionsApp />, root);
