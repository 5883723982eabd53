import React from 'react';
import ReactDOM from 'react-dom/client';
import Summarizer from './components/Summarizer';

ReactDOM.createRoot(document.getElementById('root')).render(<Summarizer />);
