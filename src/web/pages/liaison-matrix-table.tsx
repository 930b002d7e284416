import { Space, Tag, Tooltip, Typography } from 'antd';
import { Link } from 'react-router';
import { paths } from '../app/links.ts';
import type { OverviewQuery } from '../generated/graphql.ts';
import { LIAISON_KIND, LIAISON_KIND_COLOR, LIAISON_KIND_SHORT, sourceOf } from '../labels.ts';

type Matrix = OverviewQuery['liaisonMatrix'];
type Cell = Matrix['cells'][number];

function MatrixCell({ department, counterpart, cell }: { department: string; counterpart: string; cell: Cell | undefined }) {
  const kind = cell?.kind ?? undefined;
  return (
    <td className="center">
      <span className="matrix-cell" data-department={department} data-counterpart={counterpart} data-kind={kind ?? ''}>
        {kind === undefined ? (
          <Typography.Text type="secondary">·</Typography.Text>
        ) : (
          <Tooltip title={`${LIAISON_KIND[kind]}，${sourceOf(cell?.sourceDocument, cell?.sourceLine)}`}>
            <Tag color={LIAISON_KIND_COLOR[kind]} variant={kind === 'GENERAL' ? 'filled' : 'outlined'} style={{ marginInlineEnd: 0 }}>
              {LIAISON_KIND_SHORT[kind]}
            </Tag>
          </Tooltip>
        )}
      </span>
    </td>
  );
}

/**
 * Departments × counterparts: a formal liaison (对口) and a working contact (工作联系) are told apart by
 * colour and word, a general duty toward all counterparts is shown faintly; a department with review
 * gaps is marked with the rules it falls short of.
 */
export function LiaisonMatrixTable({ matrix, gapRules, search }: { matrix: Matrix; gapRules: Map<string, string[]>; search: string }) {
  const cells = new Map(matrix.cells.map((cell) => [`${cell.department}\u0000${cell.counterpart}`, cell]));
  return (
    <table className="plain-table matrix-table" data-testid="liaison-matrix">
      <thead>
        <tr>
          <th className="department">部门 \ 党派团体</th>
          {matrix.counterparts.map((counterpart) => (
            <th key={counterpart} className="counterpart">
              <Link to={paths.counterpart(counterpart, search)} data-testid="matrix-counterpart">
                {counterpart}
              </Link>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {matrix.departments.map((department) => {
          const rules = gapRules.get(department) ?? [];
          return (
            <tr key={department} className={rules.length > 0 ? 'matrix-row-gap' : undefined}>
              <td className="department">
                <Space size={4} wrap>
                  <Link to={paths.department(department, search)} data-testid="matrix-department">
                    {department}
                  </Link>
                  {rules.length > 0 ? (
                    <Tag color="red" data-testid="department-gap" data-department={department} title={`未达要求：${rules.join('、')}`}>
                      缺口 {rules.join(' ')}
                    </Tag>
                  ) : null}
                </Space>
              </td>
              {matrix.counterparts.map((counterpart) => (
                <MatrixCell
                  key={counterpart}
                  department={department}
                  counterpart={counterpart}
                  cell={cells.get(`${department}\u0000${counterpart}`)}
                />
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
