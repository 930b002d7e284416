import { Button, Result } from 'antd';
import { Link } from 'react-router';

export default function NotFoundPage() {
  return (
    <Result
      status="404"
      title="没有这个页面"
      extra={
        <Link to="/">
          <Button type="primary">回到总览</Button>
        </Link>
      }
    />
  );
}
