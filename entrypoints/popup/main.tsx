import '../../components/styles/theme.css';
import '../../components/styles/common.css';
import '../../components/styles/popup.css';
import { render } from 'preact';
import { PopupApp } from './popup-app';

const root = document.getElementById('app');
if (root) render(<PopupApp />, root);
