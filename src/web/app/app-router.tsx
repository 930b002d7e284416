import { lazy } from 'react';
import { createBrowserRouter } from 'react-router';
import { OverviewPage } from '../pages/overview-page.tsx';
import { AppShell } from './app-shell.tsx';

// The overview is the main route and comes with the first load; every other page is fetched when opened.
const CounterpartPage = lazy(() => import('../pages/counterpart-page.tsx'));
const DepartmentPage = lazy(() => import('../pages/department-page.tsx'));
const ReviewPage = lazy(() => import('../review/review-page.tsx'));
const SearchPage = lazy(() => import('../pages/search-page.tsx'));
const SignInPage = lazy(() => import('../pages/sign-in-page.tsx'));
const SignInCallbackPage = lazy(() => import('../pages/sign-in-callback-page.tsx'));
const RecordActivityPage = lazy(() => import('../entry/record-activity-page.tsx'));
const RecordDocumentPage = lazy(() => import('../entry/record-document-page.tsx'));
const RecordRolePage = lazy(() => import('../entry/record-role-page.tsx'));
const RecordLiaisonPage = lazy(() => import('../entry/record-liaison-page.tsx'));
const UploadRecordsPage = lazy(() => import('../entry/upload-records-page.tsx'));
const DatasetsPage = lazy(() => import('../entry/datasets-page.tsx'));
// The network map brings Cytoscape.js with it: loaded only when the page is opened.
const NetworkPage = lazy(() => import('../network/network-page.tsx'));
const NotFoundPage = lazy(() => import('../pages/not-found-page.tsx'));

export const appRouter = createBrowserRouter([
  {
    path: '/',
    element: <AppShell />,
    children: [
      { index: true, element: <OverviewPage /> },
      { path: 'counterparts/:name', element: <CounterpartPage /> },
      { path: 'departments/:name', element: <DepartmentPage /> },
      { path: 'review', element: <ReviewPage /> },
      { path: 'search', element: <SearchPage /> },
      { path: 'network', element: <NetworkPage /> },
      { path: 'sign-in', element: <SignInPage /> },
      { path: 'signin-callback', element: <SignInCallbackPage /> },
      { path: 'entry/activity', element: <RecordActivityPage /> },
      { path: 'entry/document', element: <RecordDocumentPage /> },
      { path: 'entry/role', element: <RecordRolePage /> },
      { path: 'entry/liaison', element: <RecordLiaisonPage /> },
      { path: 'entry/upload', element: <UploadRecordsPage /> },
      { path: 'datasets', element: <DatasetsPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
