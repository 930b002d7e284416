import { ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { appRouter } from './app/app-router.tsx';
import { SessionProvider } from './session/session-context.tsx';
import './app/app.css';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <ConfigProvider locale={zhCN} theme={{ token: { colorPrimary: '#b71c1c' } }}>
      <SessionProvider>
        <RouterProvider router={appRouter} />
      </SessionProvider>
    </ConfigProvider>
  </StrictMode>,
);
