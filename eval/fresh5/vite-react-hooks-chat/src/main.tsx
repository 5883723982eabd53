import React from 'react';
import ReactDOM from 'react-dom/client';
import ChatBox from './components/ChatBox';

ReactDOM.createRoot(document.getElementById('root')!).render(<ChatBox />);
